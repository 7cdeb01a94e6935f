package nl.mviwerkboek.spend.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatesTest {

    @ParameterizedTest(name = "{0} ({1}) = {2}")
    @CsvSource(delimiter = '|', value = {
        "31-12-2025           | DAY_MONTH | 2025-12-31",
        "31/12/2025           | MONTH_DAY | 2025-12-31",
        "03-04-2025           | DAY_MONTH | 2025-04-03",
        "03/04/2025           | MONTH_DAY | 2025-03-04",
        "3-4-25               | DAY_MONTH | 2025-04-03",
        "1.6.2012             | DAY_MONTH | 2012-06-01",
        "2025-03-04           | MONTH_DAY | 2025-03-04",
        "2025-03-04T10:15:30  | DAY_MONTH | 2025-03-04",
        "2025-03-04 00:00:00  | DAY_MONTH | 2025-03-04",
        "04-03-2025 00:00:00  | DAY_MONTH | 2025-03-04",
        "01-JUN-2012          | DAY_MONTH | 2012-06-01",
        "1 jun 2012           | DAY_MONTH | 2012-06-01",
        "1 juni 2012          | DAY_MONTH | 2012-06-01",
        "15 mrt 2024          | DAY_MONTH | 2024-03-15",
        "15 maart 2024        | DAY_MONTH | 2024-03-15",
        "7-okt-24             | DAY_MONTH | 2024-10-07",
        "7 October 2024       | DAY_MONTH | 2024-10-07",
        "31 mei 2025          | DAY_MONTH | 2025-05-31",
        "45658                | DAY_MONTH | 2025-01-01",
        "45658.5              | DAY_MONTH | 2025-01-01",
        "31-12-99             | DAY_MONTH | 1999-12-31",
    })
    void readsRealWorldDates(String text, DateOrder order, LocalDate expected) {
        assertEquals(Optional.of(expected), Dates.parse(text, order));
    }

    @ParameterizedTest(name = "{0} is not a date")
    @CsvSource({"31-02-2025", "morgen", "2025", "13/13/2025", "1 foo 2025", "12345678", "00-00-0000"})
    void refusesWhatIsNotADate(String text) {
        assertEquals(Optional.empty(), Dates.parse(text, DateOrder.DAY_MONTH));
    }

    @Test
    void columnDecidesDayMonthOrderFromItsValues() {
        ColumnVote<DateOrder> american = ColumnVote.dates();
        for (String v : new String[] {"01/02/2025", "12/31/2025", "03/15/2025", "04/04/2025"}) {
            american.add(v);
        }
        assertEquals(DateOrder.MONTH_DAY, american.decision());
        ColumnVote<DateOrder> dutch = ColumnVote.dates();
        dutch.add("31-01-2025");
        assertEquals(DateOrder.DAY_MONTH, dutch.decision());
        assertEquals(DateOrder.DAY_MONTH, ColumnVote.dates().decision());
    }
}
