package nl.mviwerkboek.inventory;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** The current situation in numbers for the plan summary: inventory items, and themes assessed of those in use. */
public record SituationCounts(long inventoryItems, long themesAssessed, long themesInUse) {

    /** Reads the counts. */
    public static SituationCounts read(Connection c) throws SQLException {
        List<MaturityScore> scores = new MaturityStorage().list(c);
        return new SituationCounts(new InventoryStorage().count(c),
                scores.stream().filter(MaturityScore::complete).count(), scores.size());
    }
}
