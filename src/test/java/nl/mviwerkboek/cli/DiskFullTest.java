package nl.mviwerkboek.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import nl.mviwerkboek.shared.db.PlanDatabase;
import nl.mviwerkboek.shared.i18n.UserProblem;
import nl.mviwerkboek.shared.task.JobContext;
import nl.mviwerkboek.spend.ImportAnalysis;
import nl.mviwerkboek.spend.SpendService;
import nl.mviwerkboek.testsupport.TestPlans;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import that does not fit on the plan's disk says so in Dutch, with the folder, the space left and
 * what it needs, and leaves the plan exactly as it was (issue 16, item 6). Needs root to mount a 2 MB tmpfs.
 */
class DiskFullTest {

    @TempDir
    Path dir;

    private Path small;
    private boolean mounted;

    @BeforeEach
    void mountSmallDisk() throws Exception {
        small = Files.createDirectories(dir.resolve("klein"));
        int exit;
        try {
            Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", small.toString())
                    .redirectErrorStream(true).start();
            exit = mount.waitFor(30, TimeUnit.SECONDS) ? mount.exitValue() : -1;
        } catch (java.io.IOException e) {
            exit = -1;
        }
        mounted = exit == 0;
        Assumptions.assumeTrue(mounted, "cannot mount a small tmpfs here (needs root): disk-full test skipped");
    }

    @AfterEach
    void unmount() throws Exception {
        if (mounted) {
            new ProcessBuilder("umount", small.toString()).redirectErrorStream(true).start().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void importOnTheCommandLineThatDoesNotFitSaysWhereAndHowMuchAndKeepsThePlan() throws Exception {
        Path plan = small.resolve("plan.mviplan");
        CliRun cli = new CliRun(dir.resolve("home"));
        assertEquals(0, cli.run("new", "--plan", plan.toString()), cli.err());
        String before = sha256(plan);
        Path export = bigExport();

        assertEquals(CommandLine.FILE_PROBLEM, cli.run("import", "--plan", plan.toString(), "--file", export.toString()));
        String err = cli.err();
        assertTrue(err.startsWith("De schijf is vol: "), err);
        assertTrue(err.contains("in de map " + small + " is nog "), err);
        assertTrue(err.contains("ongeveer " + Math.round(3 * Files.size(export) / 1e6) + " MB nodig"), err);
        assertTrue(err.contains("Het plan is niet veranderd"), err);
        assertFalse(err.contains("SQLITE") || err.contains("transaction") || err.contains("\tat "), err);
        assertPlanIntact(plan, before);
    }

    @Test
    void importInTheAppThatDoesNotFitGivesTheSameMessageAndThePlanStaysUsable() throws Exception {
        Path plan;
        try (PlanDatabase db = TestPlans.create(small, "plan.mviplan")) {
            plan = db.file();
            SpendService spend = new SpendService(db);
            ImportAnalysis analysis = spend.analyse(bigExport(), Optional.empty(), Optional.empty()).run(JobContext.silent());
            UserProblem problem = assertThrows(UserProblem.class,
                    () -> spend.importJob(analysis, null).run(JobContext.silent()));
            assertEquals("De schijf is vol", problem.title());
            assertTrue(problem.detail().contains("in de map " + small), problem.detail());
            // the connection is usable again: a small edit after the failure is saved
            db.write(c -> c.createStatement().executeUpdate("UPDATE plan SET organisation_name = 'Na de volle schijf'"))
                    .join();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + plan)) {
            try (var rs = c.createStatement().executeQuery("SELECT organisation_name, (SELECT count(*) FROM spend_line) FROM plan")) {
                assertTrue(rs.next());
                assertEquals("Na de volle schijf", rs.getString(1));
                assertEquals(0, rs.getInt(2));
            }
            assertOk(c);
        }
    }

    private void assertPlanIntact(Path plan, String sha256) throws Exception {
        assertEquals(sha256, sha256(plan), "the plan file is byte for byte as before");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + plan)) {
            assertOk(c);
        }
    }

    private static void assertOk(Connection c) throws Exception {
        try (var rs = c.createStatement().executeQuery("PRAGMA integrity_check")) {
            assertTrue(rs.next());
            assertEquals("ok", rs.getString(1));
        }
    }

    /** A Dutch CSV of 40,000 lines (about 3.6 MB), more than the small disk holds. */
    private Path bigExport() throws Exception {
        Path file = dir.resolve("crediteuren-groot.csv");
        if (Files.exists(file)) {
            return file;
        }
        try (BufferedWriter w = Files.newBufferedWriter(file, Charset.forName("windows-1252"))) {
            w.write("Crediteurnummer;Crediteurnaam;Factuurdatum;Grootboekrekening;Kostenplaats;Bedrag excl. BTW;Omschrijving\r\n");
            for (int i = 0; i < 40_000; i++) {
                int s = (i * 7919) % 3_000;
                w.write("K" + s + ";Leverancier " + s + " B.V.;" + String.format("%02d-03-2025", 1 + i % 28) + ";"
                        + (4300 + s % 40) + ";" + (200 + s % 12) + ";" + (5 + i % 50_000) + "," + String.format("%02d", i % 100)
                        + ";Factuur " + i + " met een omschrijving\r\n");
            }
        }
        return file;
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
