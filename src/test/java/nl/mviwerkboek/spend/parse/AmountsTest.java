package nl.mviwerkboek.spend.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountsTest {

    @ParameterizedTest(name = "{0} ({1}) = {2} cents")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "1.234,56       | COMMA | 123456",
        "1,234.56       | COMMA | 123456",
        "1234.56        | COMMA | 123456",
        "1234,56        | DOT   | 123456",
        "€ -12,50       | COMMA | -1250",
        "-€ 12,50       | COMMA | -1250",
        "(12,50)        | COMMA | -1250",
        "(€ 1.000,00)   | COMMA | -100000",
        "12,50-         | COMMA | -1250",
        "EUR 12,50      | COMMA | 1250",
        "eur 1.234.567  | COMMA | 123456700",
        "1,234,567      | COMMA | 123456700",
        "1.234          | COMMA | 123400",
        "1.234          | DOT   | 123",
        "1,234          | COMMA | 123",
        "1,234          | DOT   | 123400",
        "0,5            | DOT   | 50",
        "+7             | COMMA | 700",
        "1 234,56       | COMMA | 123456",
        "12.345,678     | COMMA | 1234568",
        "'1.234,56      | COMMA | 123456",
    })
    void readsRealWorldAmounts(String text, DecimalStyle style, long cents) {
        assertEquals(Optional.of(cents), Amounts.parseCents(text, style));
    }

    @ParameterizedTest(name = "{0} is not an amount")
    @CsvSource(delimiter = '|', value = {"abc", "12,50,", "1.2.3,4,5", "(12,50", "12-50", "--12", "#N/B"})
    void refusesWhatIsNotAnAmount(String text) {
        assertEquals(Optional.empty(), Amounts.parseCents(text, DecimalStyle.COMMA));
    }

    @ParameterizedTest(name = "{0} tells {1}")
    @CsvSource(delimiter = '|', value = {
        "1.234,56 | COMMA", "1,234.56 | DOT", "12,5 | COMMA", "12.50 | DOT", "1.234.567 | COMMA",
        "1,234,567 | DOT", "(12,50) | COMMA", "12,50- | COMMA"})
    void valuesTellTheirSeparator(String text, DecimalStyle style) {
        assertEquals(Optional.of(style), Amounts.evidence(text));
    }

    @ParameterizedTest(name = "{0} tells nothing")
    @CsvSource({"1234", "1.234", "1,234"})
    void ambiguousValuesTellNothing(String text) {
        assertEquals(Optional.empty(), Amounts.evidence(text));
    }

    @org.junit.jupiter.api.Test
    void columnDecisionFollowsTheMajorityAndDefaultsToDutch() {
        ColumnVote<DecimalStyle> vote = ColumnVote.decimals();
        for (String v : new String[] {"1.234", "12.50", "99.99", "1,000.00", "7"}) {
            vote.add(v);
        }
        assertEquals(DecimalStyle.DOT, vote.decision());
        assertEquals(DecimalStyle.COMMA, ColumnVote.decimals().decision());
        assertEquals(123_457L, Amounts.numberToCents(new BigDecimal("1234.565")));
        assertEquals(30L, Amounts.numberToCents(new BigDecimal("0.30000000000000004")));
    }
}
