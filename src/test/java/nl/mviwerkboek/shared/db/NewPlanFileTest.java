package nl.mviwerkboek.shared.db;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.List;
import nl.mviwerkboek.shared.db.PlanFileException.Problem;
import nl.mviwerkboek.testsupport.TestPlans;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewPlanFileTest {

    @TempDir
    Path dir;

    @AfterEach
    void noSeam() {
        NewPlanFile.beforePlacing = () -> { };
    }

    @Test
    void aFileThatAppearsWhileThePlanIsBeingCreatedIsNotReplaced() throws Exception {
        Path target = dir.resolve("plan.mviplan");
        byte[] theirs = "het bestand van iemand anders".getBytes(StandardCharsets.UTF_8);
        NewPlanFile.beforePlacing = () -> {
            try {
                Files.write(target, theirs);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        PlanFileException e = assertThrows(PlanFileException.class, () -> TestPlans.create(dir, "plan.mviplan"));
        assertEquals(Problem.ALREADY_EXISTS, e.problem());
        assertArrayEquals(theirs, Files.readAllBytes(target));
        assertEquals(List.of("backups", "plan.mviplan"), names(dir), "no hidden files of the create remain");
    }

    @Test
    void theCreatedPlanIsCompleteAndNoHiddenFileRemains() throws Exception {
        TestPlans.create(dir, "plan.mviplan").close();
        assertEquals(List.of("backups", "plan.mviplan"), names(dir));
        try (var c = DriverManager.getConnection(PlanConnections.url(dir.resolve("plan.mviplan")));
                var st = c.createStatement();
                var check = st.executeQuery("PRAGMA integrity_check")) {
            assertTrue(check.next());
            assertEquals("ok", check.getString(1));
            try (var rs = c.createStatement().executeQuery("SELECT organisation_name FROM plan")) {
                assertTrue(rs.next());
                assertEquals("Testgemeente", rs.getString(1));
            }
        }
    }

    @Test
    void aLogLeftByAPlanThatWasDeletedIsNeverReplayedIntoANewPlanOfThatName() throws Exception {
        Path plan = dir.resolve("plan.mviplan");
        byte[] orphan = "WAL of a plan that was deleted after a crash".getBytes(StandardCharsets.US_ASCII);
        Files.write(dir.resolve("plan.mviplan-wal"), orphan);
        Files.write(dir.resolve("plan.mviplan-journal"), orphan);
        TestPlans.create(dir, "plan.mviplan").close();
        assertFalse(Files.exists(dir.resolve("plan.mviplan-journal")));
        if (Files.exists(dir.resolve("plan.mviplan-wal"))) {
            assertFalse(java.util.Arrays.equals(orphan, Files.readAllBytes(dir.resolve("plan.mviplan-wal"))));
        }
        try (var c = DriverManager.getConnection(PlanConnections.url(plan));
                var rs = c.createStatement().executeQuery("PRAGMA integrity_check")) {
            assertTrue(rs.next());
            assertEquals("ok", rs.getString(1));
        }
    }

    @Test
    void hiddenFilesOfAKilledCreateAreRemovedOnceStaleAndRecentOnesKept() throws Exception {
        Path stale = Files.writeString(dir.resolve(".plan.mviplan.123-456.nieuw"), "half");
        Path staleWal = Files.writeString(dir.resolve(".plan.mviplan.123-456.nieuw-wal"), "half");
        Path recent = Files.writeString(dir.resolve(".ander.mviplan.9-9.nieuw"), "bezig");
        Path other = Files.writeString(dir.resolve("notities.nieuw"), "van de gebruiker");
        FileTime old = FileTime.from(Instant.now().minus(NewPlanFile.STALE).minusSeconds(60));
        for (Path p : List.of(stale, staleWal, other)) {
            Files.setLastModifiedTime(p, old);
        }
        assertEquals(2, NewPlanFile.removeStale(dir, Instant.now()));
        assertFalse(Files.exists(stale));
        assertFalse(Files.exists(staleWal));
        assertTrue(Files.exists(recent), "a create that may still be running is left alone");
        assertTrue(Files.exists(other), "not a file of ours");
    }

    private static List<String> names(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
