package nl.mviwerkboek.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import nl.mviwerkboek.plan.PlanFiles;
import nl.mviwerkboek.shared.db.PlanDatabase;
import nl.mviwerkboek.shared.settings.DataFolder;

/**
 * Kills a child JVM's import of one large file again and again, each time into a fresh copy of the
 * same plan, and checks after every kill that the plan opens, is sound, and holds exactly what it held
 * before or exactly that plus the whole import — never a part.
 */
final class KillTrials {

    /** The moments in turn; CONFIRMED comes early, since its first run also calibrates the others. */
    static final List<KillMoment> CSV_ORDER = List.of(KillMoment.CONFIRMED, KillMoment.WRITING, KillMoment.PARSING,
            KillMoment.COMMITTED, KillMoment.ANY);
    /** WRITING needs no calibration (the log passed 1 MiB), so a single kill can be that one. */
    static final List<KillMoment> XLSX_ORDER = List.of(KillMoment.WRITING, KillMoment.CONFIRMED, KillMoment.PARSING,
            KillMoment.COMMITTED, KillMoment.ANY);
    private static final long GIVE_UP_MILLIS = TimeUnit.MINUTES.toMillis(5);

    /** What one kill did and left. */
    record Trial(int number, KillMoment moment, long atMillis, long walBytes, long walLeft, boolean confirmed,
                 boolean killed, boolean wholeImport, long trialMillis) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "kill %d %s at %d ms, log up to %.1f MB (%.1f MB left), result %s%s"
                    + " → %s (%d ms with the check)", number, moment, atMillis, walBytes / 1e6, walLeft / 1e6,
                    confirmed ? "printed" : "not printed", killed ? "" : ", had ended",
                    wholeImport ? "whole import" : "as before", trialMillis);
        }
    }

    private final Path dir;
    private final Path home;
    private final Path file;
    private final LargeExports.Expected expected;
    private final long seed;
    private final Random random;
    private final List<Trial> trials = new ArrayList<>();
    private Path pristine;
    private String pristineSha;
    private PlanContents before;
    private KillMoment.Calibration calibration;

    KillTrials(Path dir, Path file, LargeExports.Expected expected, long seed) {
        this.dir = dir;
        this.home = dir.resolve("home");
        this.file = file;
        this.expected = expected;
        this.seed = seed;
        this.random = new Random(seed);
    }

    /** Makes the plan to import into: a new plan with an earlier, small import of another year. */
    KillTrials withPlan() throws Exception {
        long started = System.nanoTime();
        pristine = dir.resolve("voor.mviplan");
        Path earlier = dir.resolve("crediteuren-2024.csv");
        LargeExports.csv(earlier, 2_000, 2024, "Oude leverancier");
        CliRun cli = new CliRun(home);
        assertEquals(CommandLine.OK, cli.run("new", "--plan", pristine.toString(), "--period", "2025-2028"), cli.err());
        assertEquals(CommandLine.OK, cli.run("import", "--plan", pristine.toString(), "--file", earlier.toString()),
                cli.err());
        try (PlanDatabase db = new PlanFiles(DataFolder.at(home).backups()).open(pristine)) {
            before = PlanContents.read(db);
        }
        assertEquals(2_000L, before.lines());
        assertTrue(Files.notExists(pristine.resolveSibling(pristine.getFileName() + "-wal")), "closed cleanly");
        pristineSha = sha256(pristine);
        System.out.printf(Locale.ROOT, "plan with an earlier import made in %d ms%n",
                (System.nanoTime() - started) / 1_000_000);
        return this;
    }

    /** Runs {@code kills} kills at the moments in {@code order}; the first three at the middle of their phase. */
    List<Trial> run(int kills, List<KillMoment> order) throws Exception {
        for (int i = 0; i < kills; i++) {
            trials.add(trial(i, order.get(i % order.size()), i < 3 ? 0.5 : random.nextDouble()));
        }
        return List.copyOf(trials);
    }

    private Trial trial(int number, KillMoment moment, double share) throws Exception {
        long started = System.nanoTime();
        Path plan = dir.resolve("kill-" + number + ".mviplan");
        Files.copy(pristine, plan);
        ImportChild child = ImportChild.start(home, plan, file, dir.resolve("kill-" + number + ".log"));
        long maxWal = 0;
        long writeStart = -1;
        KillMoment waitFor = calibration == null && moment != KillMoment.WRITING ? KillMoment.CONFIRMED : moment;
        while (child.alive() && !waitFor.reached(child, child.walBytes(), calibration, share)) {
            long wal = child.walBytes();
            maxWal = Math.max(maxWal, wal);
            if (writeStart < 0 && wal >= KillMoment.WRITE_STARTED_BYTES) {
                writeStart = child.elapsedMillis();
            }
            if (child.elapsedMillis() > GIVE_UP_MILLIS) {
                child.kill();
                fail("the import did not end within 5 minutes; " + log(number));
            }
            LockSupport.parkNanos(500_000);
        }
        long at = child.elapsedMillis();
        long walAtKill = Math.max(maxWal, child.walBytes());
        boolean printed = child.printed();
        boolean killed = child.kill();
        long walLeft = child.walBytes();
        if (!killed) {
            assertEquals(CommandLine.OK, child.exitCode(), child.output() + "; " + log(number));
        }
        boolean confirmed = printed || !killed && child.printed(); // ended by itself: all was printed before
        calibrate(confirmed, writeStart, walAtKill, at);
        Trial trial = new Trial(number, waitFor, at, walAtKill, walLeft, confirmed, killed,
                check(plan, number), (System.nanoTime() - started) / 1_000_000);
        if (confirmed || !killed) {
            assertTrue(trial.wholeImport(), "a printed result must stay in the plan: " + trial + describe());
        }
        return trial;
    }

    /**
     * Learns the phases from runs that printed their result and in which the log was seen growing (a
     * poll can miss it on a busy machine; then a later run calibrates). The quickest run counts, so that
     * PARSING stays before the writing.
     */
    private void calibrate(boolean confirmed, long writeStart, long walBytes, long confirmedAt) {
        if (!confirmed || writeStart < 0) {
            return;
        }
        calibration = calibration == null ? new KillMoment.Calibration(writeStart, walBytes, confirmedAt)
                : new KillMoment.Calibration(Math.min(writeStart, calibration.writeStartMillis()),
                        Math.max(walBytes, calibration.walBytes()),
                        Math.min(confirmedAt, calibration.confirmedMillis()));
    }

    /** Opens the plan as the app would after the crash and tells whether it holds the whole import. */
    private boolean check(Path plan, int number) throws Exception {
        String mainFile = sha256(plan);
        PlanContents now;
        try (PlanDatabase db = new PlanFiles(DataFolder.at(home).backups()).open(plan)) {
            assertEquals("ok", PlanContents.integrity(db), "kill " + number + describe());
            now = PlanContents.read(db);
        }
        if (now.equals(before)) {
            assertEquals(pristineSha, mainFile, "without the import the plan file itself is untouched, kill "
                    + number + describe());
            return false;
        }
        assertEquals(before.imports().size() + 1, now.imports().size(), "one import more, kill " + number + describe());
        assertEquals(before.imports(), now.imports().subList(0, before.imports().size()), "earlier imports kept");
        PlanContents.ImportRow added = now.imports().getLast();
        String whole = "the whole import, kill " + number + describe();
        assertEquals(file.getFileName().toString(), added.fileName(), whole);
        assertEquals(List.of(expected.lines(), expected.totalCents(), expected.lines(), expected.totalCents()),
                List.of(added.rowsImported(), added.totalCents(), added.lines(), added.lineCents()), whole);
        assertEquals(List.of(before.lines() + expected.lines(), before.lineCents() + expected.totalCents()),
                List.of(now.lines(), now.lineCents()), whole);
        assertEquals(List.of(now.lines(), now.lineCents()), List.of(now.cubeLines(), now.cubeCents()),
                "summary table matches the lines, kill " + number + describe());
        assertEquals(before.schema(), now.schema(), "indexes rebuilt, kill " + number + describe());
        return true;
    }

    private String describe() {
        return " (seed " + seed + ", earlier kills: " + trials + ")";
    }

    private String log(int number) throws Exception {
        return "child log: " + Files.readString(dir.resolve("kill-" + number + ".log")).strip();
    }

    static String sha256(Path file) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
