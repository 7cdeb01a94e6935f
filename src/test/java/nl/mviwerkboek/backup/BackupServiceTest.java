package nl.mviwerkboek.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import nl.mviwerkboek.actions.Action;
import nl.mviwerkboek.actions.ActionKind;
import nl.mviwerkboek.actions.ActionService;
import nl.mviwerkboek.plan.PlanFiles;
import nl.mviwerkboek.shared.db.PlanDatabase;
import nl.mviwerkboek.shared.db.PlanFileException;
import nl.mviwerkboek.shared.db.Sql;
import nl.mviwerkboek.shared.i18n.UserProblem;
import nl.mviwerkboek.testsupport.TestPlans;
import nl.mviwerkboek.testsupport.TestSpend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupServiceTest {

    @TempDir
    Path dir;

    private final AtomicReference<LocalDateTime> now = new AtomicReference<>(LocalDateTime.of(2026, 12, 1, 9, 0));

    private Path backups() {
        return dir.resolve("backups");
    }

    private static void change(PlanDatabase db, String title) {
        new ActionService(db, () -> java.time.LocalDate.of(2026, 12, 1)).add(Action.blank(title, ActionKind.KENNIS)).join();
    }

    private static List<Path> files(Path folder) throws Exception {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    @Test
    void onePerDayTheNewestTenKeptAndManualAndPreMigrationCopiesLeftAlone() throws Exception {
        Path v7 = dir.resolve("oud.mviplan");
        try (var in = getClass().getResourceAsStream("/fixtures/plan-v7.mviplan")) {
            Files.copy(in, v7);
        }
        new PlanFiles(Files.createDirectories(backups())).open(v7).close();
        try (PlanDatabase db = TestPlans.create(dir, "plan.mviplan")) {
            BackupService service = new BackupService(backups(), now::get);
            Path manual = service.backup(db);
            List<Path> topLevel = files(backups());
            assertEquals(2, topLevel.size(), "one pre-migration copy of the v7 plan, one made by hand: " + topLevel);

            AutoBackups auto = new AutoBackups(backups(), now::get);
            auto.watch(db);
            for (int day = 1; day <= 12; day++) {
                now.set(LocalDateTime.of(2026, 11, 20, 9, 0).plusDays(day));
                change(db, "Actie " + day);
                assertTrue(auto.latest().join().isPresent(), "the first change of day " + day + " makes a backup");
                now.set(now.get().plusHours(3));
                CompletableFutureWatch first = new CompletableFutureWatch(auto);
                change(db, "Nog een actie " + day);
                assertTrue(first.unchanged(), "a second change the same day makes none");
            }
            Path folder = new BackupFolder(backups()).automaticFolder(db.file());
            List<Path> kept = files(folder);
            assertEquals(BackupService.KEEP, kept.size());
            assertTrue(kept.get(0).getFileName().toString().startsWith("plan-automatisch-20261123-"), kept.toString());
            assertTrue(kept.get(9).getFileName().toString().startsWith("plan-automatisch-20261202-"), kept.toString());
            assertEquals(topLevel, files(backups()), "manual and pre-migration copies are never rotated");
            assertTrue(Files.exists(manual));

            AutoBackups reopened = new AutoBackups(backups(), now::get);
            reopened.watch(db);
            change(db, "Na heropenen");
            assertEquals(Optional.empty(), reopened.latest().join(), "the day's backup exists already");
            assertEquals(kept, files(folder));
            long actions = service.summary(kept.get(9)).actions();
            assertEquals(23L, actions, "the last backup holds the plan after the first change of its day");
        }
    }

    /** Whether the automatic backups asked for nothing new since it was made. */
    private record CompletableFutureWatch(AutoBackups auto, Object before) {
        CompletableFutureWatch(AutoBackups auto) {
            this(auto, auto.latest());
        }

        boolean unchanged() {
            return auto.latest() == before;
        }
    }

    @Test
    void aDamagedCopyOrOneThatIsNoPlanIsNotKept() throws Exception {
        try (PlanDatabase db = TestPlans.create(dir, "plan.mviplan")) {
            TestSpend.importLines(db, dir, 3_000);
            BackupService service = new BackupService(backups(), now::get);
            Path temp = db.copyTo(dir.resolve(".kapot.part")).join();
            try (var ch = Files.newByteChannel(temp, StandardOpenOption.WRITE)) {
                ch.position(Files.size(temp) / 2);
                ch.write(java.nio.ByteBuffer.wrap(new byte[8192]));
            }
            Path target = dir.resolve("kapot.mviplan");
            PlanFileException e = assertThrows(PlanFileException.class, () -> service.keep(temp, target));
            assertEquals(PlanFileException.Problem.DAMAGED, e.problem());
            assertFalse(Files.exists(target));
            assertFalse(Files.exists(temp), "the damaged copy is deleted");

            Path other = dir.resolve(".ander.part");
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + other)) {
                c.createStatement().execute("CREATE TABLE boodschappen (naam TEXT)");
            }
            assertEquals(PlanFileException.Problem.NOT_A_PLAN,
                    assertThrows(PlanFileException.class, () -> service.keep(other, dir.resolve("ander.mviplan"))).problem());
            assertFalse(Files.exists(dir.resolve("ander.mviplan")));
        }
    }

    @Test
    void restoreMakesANewPlanWithTheBackupsContentAndNeverOverwrites() throws Exception {
        try (PlanDatabase db = TestPlans.create(dir, "plan.mviplan")) {
            TestSpend.importLines(db, dir, 500);
            change(db, "Training inkopers");
            BackupService service = new BackupService(backups(), now::get);
            Path backup = service.backup(db);
            BackupSummary summary = service.summary(backup);
            assertEquals(new BackupSummary("Testgemeente", summary.schemaVersion(), 500, 1, 0), summary);
            change(db, "Na de back-up");

            Path restored = service.restore(backup, dir.resolve("terug/Plan (teruggezet 01-12-2026).mviplan"), db.file());
            assertEquals(-1L, Files.mismatch(backup, restored), "the new file is the backup");
            try (PlanDatabase copy = TestPlans.files(dir).open(restored)) {
                assertEquals(1L, copy.read(c -> Sql.count(c, "SELECT COUNT(*) FROM action_item")).join());
                assertEquals(500L, copy.read(c -> Sql.count(c, "SELECT COUNT(*) FROM spend_line")).join());
            }

            Path existing = Files.writeString(dir.resolve("bestaat.mviplan"), "mijn eigen bestand");
            assertEquals(PlanFileException.Problem.ALREADY_EXISTS,
                    assertThrows(PlanFileException.class, () -> service.restore(backup, existing, db.file())).problem());
            assertEquals("mijn eigen bestand", Files.readString(existing));
            byte[] open = Files.readAllBytes(db.file());
            assertThrows(UserProblem.class, () -> service.restore(backup, db.file(), db.file()));
            assertEquals(2L, db.read(c -> Sql.count(c, "SELECT COUNT(*) FROM action_item")).join(), "the open plan is as it was");
            assertTrue(java.util.Arrays.equals(open, Files.readAllBytes(db.file())));
            assertEquals("Plan (teruggezet 01-12-2026).mviplan", service.proposedName(service.list(db.file()).get(0))
                    .replace("plan (", "Plan ("));
        }
    }

    @Test
    void theListShowsTheOpenPlansBackupsFirstNewestFirst() throws Exception {
        try (PlanDatabase other = TestPlans.create(dir, "ander.mviplan");
             PlanDatabase db = TestPlans.create(dir, "plan.mviplan")) {
            BackupService service = new BackupService(backups(), now::get);
            Path old = service.backup(db);
            now.set(now.get().plusMinutes(5));
            Path others = service.backup(other);
            now.set(now.get().plusMinutes(5));
            Path latest = service.backup(db, new BackupFolder(backups()).automaticFolder(db.file()).resolve("plan-automatisch-20261201-091000.mviplan"));
            Files.setLastModifiedTime(old, java.nio.file.attribute.FileTime.fromMillis(1_000_000));
            List<Backup> list = service.list(db.file());
            assertEquals(List.of(latest, old, others), list.stream().map(Backup::file).toList());
            assertEquals(List.of(BackupKind.AUTOMATIC, BackupKind.MANUAL, BackupKind.MANUAL),
                    list.stream().map(Backup::kind).toList());
            assertEquals(List.of("plan", "plan", "ander"), list.stream().map(Backup::planName).toList());
            assertTrue(service.isOf(list.get(1), db.file()) && !service.isOf(list.get(2), db.file()));
        }
    }

    @Test
    void aCopyFromBeforeAnUpdateIsListedUnderItsPlansName() throws Exception {
        try (PlanDatabase db = TestPlans.create(dir, "plan.mviplan")) {
            BackupService service = new BackupService(backups(), now::get);
            Path copy = service.backup(db, backups().resolve("plan-voor-update-v7-1a2b3c4d.mviplan"));
            Backup listed = service.list(db.file()).stream().filter(b -> b.file().equals(copy)).findFirst().orElseThrow();
            assertEquals(BackupKind.BEFORE_UPDATE, listed.kind());
            assertEquals("plan", listed.planName()); // as PlanConnections names them: version and a CRC of the file state
        }
    }
}
