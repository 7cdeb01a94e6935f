package nl.mviwerkboek.shared.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FormatsTest {

    @Test
    void amountsInDutchStyle() {
        assertEquals("€ 1.234,56", Formats.amount(123_456));
        assertEquals("€ -12,50", Formats.amount(-1_250));
        assertEquals("€ 0,05", Formats.amount(5));
        assertEquals("€ 1.234.567", Formats.amountRounded(123_456_650));
        assertEquals("€ 45.000", Formats.amountRounded(4_500_000));
    }

    @Test
    void numbersPercentagesAndDates() {
        assertEquals("32.500", Formats.number(32_500));
        assertEquals("12,5", Formats.decimal(12.5));
        assertEquals("16", Formats.decimal(16));
        assertEquals("12,5%", Formats.percent(0.125));
        assertEquals("31-12-2026", Formats.date(LocalDate.of(2026, 12, 31)));
        assertEquals("", Formats.date(null));
    }

    @Test
    void readsDatesAsPeopleTypeThem() {
        assertEquals(Optional.of(LocalDate.of(2023, 3, 14)), Formats.parseDate("14-03-2023"));
        assertEquals(Optional.of(LocalDate.of(2023, 3, 4)), Formats.parseDate("4-3-2023"));
        assertEquals(Optional.of(LocalDate.of(2023, 3, 4)), Formats.parseDate("4/3/2023"));
        assertTrue(Formats.parseDate("31-02-2023").isEmpty());
        assertTrue(Formats.parseDate("morgen").isEmpty());
    }

    @Test
    void readsAmountsToExactCents() {
        assertEquals(Optional.of(2_500_000L), Formats.parseAmountCents("25.000"));
        assertEquals(Optional.of(2_500_050L), Formats.parseAmountCents("€ 25.000,50"));
        assertEquals(Optional.of(123_450L), Formats.parseAmountCents("1234,5"));
        assertEquals(Optional.of(-1_250L), Formats.parseAmountCents("-12,50"));
        assertTrue(Formats.parseAmountCents("12,345").isEmpty());
        assertTrue(Formats.parseAmountCents("twaalf").isEmpty());
        assertTrue(Formats.parseAmountCents("1.23").isEmpty());
    }

    @Test
    void inputTextRoundTripsExactly() {
        for (long cents : new long[] {0, 5, 2_500_000, 2_500_050, 123_456_789}) {
            assertEquals(Optional.of(cents), Formats.parseAmountCents(Formats.amountInput(cents)));
        }
        assertEquals("25.000", Formats.amountInput(2_500_000));
        assertEquals("25.000,50", Formats.amountInput(2_500_050));
        assertEquals("12,25", Formats.decimalInput(12.25));
        assertEquals("16", Formats.decimalInput(16.0));
        assertEquals(Optional.of(12.25), Formats.parseDecimal(Formats.decimalInput(12.25)));
    }

    @Test
    void readsDecimalsWithACommaAndDotsOnlyBetweenThousands() {
        assertEquals(Optional.of(12.5), Formats.parseDecimal("12,5"));
        assertTrue(Formats.parseDecimal("12.5").isEmpty());
        assertTrue(Formats.parseDecimal("12,5 uur").isEmpty());
        assertEquals(1000.0, Formats.readDecimal("1.000").value());
        assertEquals(1250.5, Formats.readDecimal("1.250,5").value());
        assertEquals(-0.75, Formats.readDecimal(" -0,75 ").value());
        assertEquals(0.125, Formats.readDecimal("0,125").value());
        assertEquals(40.0, Formats.readDecimal("40").value());
        assertTrue(Formats.readDecimal("").ok());
        assertEquals("input.decimal.dot", Formats.readDecimal("12.5").problemKey());
        assertEquals("input.decimal.dot", Formats.readDecimal("1.5").problemKey());
        assertEquals("input.decimal.dot", Formats.readDecimal("1.2345").problemKey());
        assertEquals("input.decimal.english", Formats.readDecimal("1,234.5").problemKey());
        assertEquals("input.decimal.invalid", Formats.readDecimal("12,5 uur").problemKey());
        assertEquals("input.decimal.invalid", Formats.readDecimal("1,2,3").problemKey());
        assertEquals(2026, Formats.readYear(" 2026 ").value());
        assertTrue(Formats.readYear("").ok());
        assertEquals("input.year.invalid", Formats.readYear("2.026").problemKey());
        assertEquals("input.year.invalid", Formats.readYear("26").problemKey());
        assertEquals(Formats.readDecimal("12.5").problem(),
                nl.mviwerkboek.shared.i18n.Messages.get("input.decimal.dot"));
    }
}
