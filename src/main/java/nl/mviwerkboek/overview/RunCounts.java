package nl.mviwerkboek.overview;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import nl.mviwerkboek.actions.ActionCounts;
import nl.mviwerkboek.anchoring.AnchoringCounts;
import nl.mviwerkboek.anchoring.AnchoringStorage;
import nl.mviwerkboek.monitoring.MonitoringPicture;

/** How the plan is being run, on a given day: actions, anchoring, reviews (and the next), versions, goals behind. */
public record RunCounts(ActionCounts actions, AnchoringCounts anchoring, long reviews, long versions,
                        LocalDate nextReview, long goalsBehind) {

    /** The figures of a monitoring picture (read on {@code today}) with the anchoring checklist from {@code c}. */
    public static RunCounts of(MonitoringPicture m, Connection c, LocalDate today) throws SQLException {
        return new RunCounts(ActionCounts.of(m.actions().actions(), today),
                AnchoringCounts.of(new AnchoringStorage().list(c)), m.reviews().size(), m.versions().size(),
                m.nextReview(), m.goalsBehind());
    }
}
