package nl.mviwerkboek.shared.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.mviwerkboek.shared.db.PlanFileException.Problem;
import nl.mviwerkboek.testsupport.TestPlans;
import nl.mviwerkboek.testsupport.TryOpenPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanLockTest {

    @TempDir
    Path dir;

    @Test
    void aHardLinkToAnOpenPlanIsRefusedInThisAppAndInAnother() throws Exception {
        TestPlans.create(dir, "plan.mviplan").close();
        Path alias = Files.createLink(dir.resolve("alias.mviplan"), dir.resolve("plan.mviplan"));
        try (PlanDatabase open = TestPlans.files(dir).open(dir.resolve("plan.mviplan"))) {
            assertEquals(Problem.LOCKED, refusal(alias));
            assertEquals("result LOCKED", TryOpenPlan.inChild(alias, dir.resolve("backups")));
        }
        try (PlanDatabase open = TestPlans.files(dir).open(alias)) {
            assertEquals(Problem.LOCKED, refusal(dir.resolve("plan.mviplan")));
            assertEquals("result LOCKED", TryOpenPlan.inChild(dir.resolve("plan.mviplan"), dir.resolve("backups")));
        }
        assertTrue(TryOpenPlan.inChild(alias, dir.resolve("backups")).startsWith("result opened"),
                "closed plans open again through either name");
    }

    @Test
    void aSymbolicLinkToAnOpenPlanIsRefusedInThisAppAndInAnotherAndOpensTheRealFile() throws Exception {
        TestPlans.create(dir, "plan.mviplan").close();
        Path link = Files.createSymbolicLink(dir.resolve("link.mviplan"), dir.resolve("plan.mviplan"));
        try (PlanDatabase open = TestPlans.files(dir).open(link)) {
            assertEquals(dir.resolve("plan.mviplan").toRealPath(), open.file(), "connected on the real path");
            assertEquals(Problem.LOCKED, refusal(dir.resolve("plan.mviplan")));
            assertEquals("result LOCKED", TryOpenPlan.inChild(dir.resolve("plan.mviplan"), dir.resolve("backups")));
            assertFalse(Files.exists(dir.resolve("link.mviplan-wal")), "no second write-ahead log beside the link");
        }
        try (PlanDatabase open = TestPlans.files(dir).open(dir.resolve("plan.mviplan"))) {
            assertEquals(Problem.LOCKED, refusal(link));
            assertEquals("result LOCKED", TryOpenPlan.inChild(link, dir.resolve("backups")));
        }
    }

    @Test
    void theLockFilesAreGoneBeforeTheirOperatingSystemLocksAreReleased() throws Exception {
        TestPlans.create(dir, "plan.mviplan").close();
        Path plan = dir.resolve("plan.mviplan");
        List<String> seen = new ArrayList<>();
        PlanLock lock = PlanLock.acquire(plan);
        PlanLock.beforeRelease = file -> seen.add(file.getFileName() + " exists=" + Files.exists(file));
        try {
            lock.close();
        } finally {
            PlanLock.beforeRelease = file -> { };
        }
        assertEquals(2, seen.size(), "the lock beside the plan and the one by file key: " + seen);
        assertTrue(seen.stream().allMatch(s -> s.endsWith("exists=false")), seen.toString());
        assertFalse(Files.exists(PlanLock.lockFileOf(plan)));
    }

    @Test
    void theSamePlanUnderAnotherSpellingIsRefusedAndCanBeLockedAgainAfterClose() throws Exception {
        TestPlans.create(dir, "plan.mviplan").close();
        Path plan = dir.resolve("plan.mviplan");
        try (PlanLock first = PlanLock.acquire(plan)) {
            assertThrows(PlanFileException.class, () -> PlanLock.acquire(dir.resolve(".").resolve("plan.mviplan")));
        }
        try (PlanLock again = PlanLock.acquire(plan)) {
            assertTrue(Files.readString(PlanLock.lockFileOf(plan)).startsWith(ProcessHandle.current().pid() + "@"));
        }
    }

    private Problem refusal(Path file) {
        return assertThrows(PlanFileException.class, () -> TestPlans.files(dir).open(file)).problem();
    }
}
