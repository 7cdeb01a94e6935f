package nl.mviwerkboek.shared.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every accepted form of a typed whole number, amount and date, and the reason for every refused one. */
class TypedInputTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
        "28400|28400", "28.400|28400", "' 28.400 '|28400", "28 400|28400", "1.234.567|1234567", "0|0",
        "-5|-5", "40000|40000", "40.000|40000", "2026|2026"})
    void wholeNumbersInEveryReasonableForm(String typed, long expected) {
        Reading<Long> r = Formats.readWholeNumber(typed);
        assertTrue(r.ok(), r.problem());
        assertEquals(expected, r.value());
    }

    @ParameterizedTest(name = "{0} is refused: {1}")
    @CsvSource(delimiter = '|', value = {
        "1.5|input.number.dots", "12.34|input.number.dots", "1.2345|input.number.dots", "28.40.0|input.number.dots",
        "28,400|input.number.comma", "32,5|input.number.notWhole", "1.234,5|input.number.notWhole",
        "veel|input.number.invalid", "28400 inwoners|input.number.invalid", ".5|input.number.invalid",
        "1234567890123456|input.number.tooLarge"})
    void ambiguousOrWrongWholeNumbersAreRefusedWithAReason(String typed, String reason) {
        Reading<Long> r = Formats.readWholeNumber(typed);
        assertFalse(r.ok());
        assertNull(r.value());
        assertEquals(reason, r.problemKey());
        assertFalse(r.problem().isBlank());
    }

    @ParameterizedTest(name = "{0} is {1} cents")
    @CsvSource(delimiter = '|', value = {
        "40000|4000000", "40.000|4000000", "40.000,00|4000000", "€ 40.000|4000000", "€40.000|4000000",
        "€40.000,-|4000000", "€ 40.000,--|4000000", "40000,-|4000000", "40000,5|4000050", "1.234,56|123456",
        "1234,5|123450", "EUR 12,50|1250", "12,50 euro|1250", "0,5|50", ",50|50", "-12,50|-1250", "€ -250|-25000",
        "'40 000'|4000000", "0|0", "1.234.567,89|123456789"})
    void amountsInEveryReasonableForm(String typed, long cents) {
        Reading<Long> r = Formats.readAmountCents(typed);
        assertTrue(r.ok(), r.problem());
        assertEquals(cents, r.value());
        assertEquals(java.util.Optional.of(cents), Formats.parseAmountCents(typed));
    }

    @ParameterizedTest(name = "{0} is refused: {1}")
    @CsvSource(delimiter = '|', value = {
        "12.5|input.amount.dot", "40.00|input.amount.dot", "40000.50|input.amount.dot",
        "1,234.56|input.amount.english", "1,234|input.amount.comma", "1.234,567|input.amount.decimals",
        "12,345|input.amount.comma", "twaalf|input.amount.invalid", "€|input.amount.invalid",
        "1,2,3|input.amount.invalid", "-|input.amount.invalid", "99999999999999|input.amount.tooLarge"})
    void ambiguousOrWrongAmountsAreRefusedWithAReason(String typed, String reason) {
        Reading<Long> r = Formats.readAmountCents(typed);
        assertFalse(r.ok());
        assertEquals(reason, r.problemKey());
        assertTrue(Formats.parseAmountCents(typed).isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1-2-2026", "01-02-2026", "1/2/2026", "1.2.2026", "2026-02-01", "1 februari 2026",
        "1 Februari 2026", "1 feb 2026", "1 feb. 2026", "01 februari 2026", " 1-2-2026 "})
    void datesInEveryReasonableForm(String typed) {
        Reading<LocalDate> r = Formats.readDate(typed);
        assertTrue(r.ok(), r.problem());
        assertEquals(LocalDate.of(2026, 2, 1), r.value());
    }

    @ParameterizedTest(name = "{0} is refused: {1}")
    @CsvSource(delimiter = '|', value = {
        "31-2-2026|input.date.noSuchDay", "1-13-2026|input.date.noSuchDay", "1-2-26|input.date.year",
        "1-2-2026 10:00|input.date.invalid", "1 brumaire 2026|input.date.month", "morgen|input.date.invalid",
        "1-2|input.date.invalid"})
    void wrongDatesAreRefusedWithAReason(String typed, String reason) {
        Reading<LocalDate> r = Formats.readDate(typed);
        assertFalse(r.ok());
        assertEquals(reason, r.problemKey());
    }

    @org.junit.jupiter.api.Test
    void anEmptyFieldIsReadAsNoValue() {
        for (String blank : new String[] {null, "", "  "}) {
            assertTrue(Formats.readWholeNumber(blank).ok());
            assertNull(Formats.readAmountCents(blank).value());
            assertNull(Formats.readDate(blank).value());
        }
    }
}
