package nl.mviwerkboek.spend.groups;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CubeStorageTest {

    @Test
    void packedAndUnusualKeysSumTheSame() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            c.createStatement().executeUpdate("CREATE TABLE spend_cube (import_id INTEGER, year INTEGER, "
                    + "supplier_id INTEGER, group_id INTEGER, cost_centre TEXT, lines INTEGER, amount_cents INTEGER)");
            CubeStorage cube = new CubeStorage();
            cube.add(1, 2025, 7, 3L, "210", 100);
            cube.add(1, 2025, 7, 3L, "210", -40);
            cube.add(1, 2025, 7, null, null, 5);
            cube.add(2, 2025, 7, 3L, "210", 1);
            cube.add(1, 1850, 7, 3L, "210", 9);
            cube.add(1, 2025, 7, 99_999L, "210", 11);
            cube.add(1, 2025, 3_000_000_000L, 3L, "210", 13);
            for (int i = 0; i < 5_000; i++) {
                cube.add(1, 2024, i, 1L, "kp" + i, 2);
            }
            cube.write(c);
            List<String> rows = new ArrayList<>();
            try (ResultSet rs = c.createStatement().executeQuery("SELECT import_id, year, supplier_id, group_id, "
                    + "cost_centre, lines, amount_cents FROM spend_cube WHERE year <> 2024 ORDER BY 1, 2, 3, 4, 5")) {
                while (rs.next()) {
                    rows.add(rs.getLong(1) + "|" + rs.getInt(2) + "|" + rs.getLong(3) + "|" + rs.getObject(4) + "|"
                            + rs.getString(5) + "|" + rs.getLong(6) + "|" + rs.getLong(7));
                }
            }
            assertEquals(List.of("1|1850|7|3|210|1|9", "1|2025|7|null||1|5", "1|2025|7|3|210|2|60",
                    "1|2025|7|99999|210|1|11", "1|2025|3000000000|3|210|1|13", "2|2025|7|3|210|1|1"), rows);
            try (ResultSet rs = c.createStatement().executeQuery(
                    "SELECT COUNT(*), SUM(lines), SUM(amount_cents), COUNT(DISTINCT cost_centre) FROM spend_cube "
                            + "WHERE year = 2024")) {
                assertEquals(5_000, rs.getLong(1), "more cost centres than the packed key holds still count");
                assertEquals(5_000, rs.getLong(2));
                assertEquals(10_000, rs.getLong(3));
                assertEquals(5_000, rs.getLong(4));
            }
        }
    }
}
