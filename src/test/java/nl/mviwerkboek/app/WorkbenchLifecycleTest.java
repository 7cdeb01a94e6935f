package nl.mviwerkboek.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import nl.mviwerkboek.plan.PlanProfile;
import nl.mviwerkboek.plan.ProfileService;
import nl.mviwerkboek.shared.db.PlanDatabase;
import nl.mviwerkboek.shared.db.PlanLock;
import nl.mviwerkboek.shared.settings.AppSettings;
import nl.mviwerkboek.shared.settings.DataFolder;
import nl.mviwerkboek.shared.task.BackgroundJob;
import nl.mviwerkboek.shared.task.DirectTaskRunner;
import nl.mviwerkboek.shared.task.JobContext;
import nl.mviwerkboek.shared.task.TaskRunner;
import nl.mviwerkboek.shared.task.UiCallbacks;
import nl.mviwerkboek.shared.ui.Dialogs;
import nl.mviwerkboek.testsupport.TestJobs;
import nl.mviwerkboek.testsupport.TestPlans;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The open plan has one owner: cancelling an open keeps the old plan working and leaves the new one unlocked. */
class WorkbenchLifecycleTest {

    /** When the user presses Cancel on the next job: while it still works, or just after its work was done. */
    enum Cancel { NONE, DURING, JUST_AFTER }

    /**
     * Runs jobs at once on the calling thread; the next job can be cancelled as {@code FxTaskRunner} does it:
     * the job runs on (cooperatively), its caller sees a cancellation, and what it still returned is closed.
     */
    static final class CancellingRunner implements TaskRunner {
        Cancel next = Cancel.NONE;

        @Override
        public <T> CompletableFuture<T> run(String title, BackgroundJob<T> job) {
            Cancel cancel = next;
            next = Cancel.NONE;
            if (cancel == Cancel.NONE) {
                return new DirectTaskRunner().run(title, job);
            }
            try {
                T produced = job.run(cancel == Cancel.DURING ? TestJobs.cancelled() : JobContext.silent());
                if (produced instanceof AutoCloseable closeable) {
                    closeable.close();
                }
            } catch (Exception e) {
                // a cancelled job's failure reaches nobody, as in the app
            }
            return CompletableFuture.failedFuture(new CancellationException());
        }
    }

    @TempDir
    Path dir;
    private final CancellingRunner tasks = new CancellingRunner();
    private final List<String> shown = new ArrayList<>();
    private WorkbenchViewModel vm;

    private WorkbenchViewModel workbench() {
        DataFolder folder = DataFolder.at(dir.resolve("home"));
        vm = new WorkbenchViewModel(tasks, folder, AppSettings.load(folder),
                new UiCallbacks(Runnable::run, new ErrorPresenter(recordingDialogs(), dir.resolve("mvi-werkboek-0.log"))));
        return vm;
    }

    @AfterEach
    void closeAll() {
        if (vm != null) {
            vm.shutdown().join();
        }
    }

    @ParameterizedTest
    @EnumSource(value = Cancel.class, names = {"DURING", "JUST_AFTER"})
    void cancellingTheOpenOfAnotherPlanKeepsTheOpenPlanWritableAndLeavesTheOtherUnlocked(Cancel when) throws Exception {
        Path a = plan("a.mviplan");
        Path b = plan("b.mviplan");
        WorkbenchViewModel workbench = workbench();
        workbench.open(a).join();
        PlanSession shown = workbench.sessionProperty().get();

        tasks.next = when;
        workbench.open(b).join();

        assertSame(shown, workbench.sessionProperty().get(), "plan A stays on screen");
        PlanProfile before = shown.profiles().load().join();
        shown.profiles().save(renamed(before, "Gemeente Na Annuleren")).join();
        assertTrue(this.shown.isEmpty(), "no problem shown: " + this.shown);
        try (PlanLock free = PlanLock.acquire(b)) {
            assertFalse(Files.exists(b.resolveSibling(b.getFileName() + "-wal")), "plan B was closed cleanly");
        }
        workbench.closePlan().join();
        assertNull(workbench.sessionProperty().get());
        try (PlanDatabase reopened = TestPlans.files(dir).open(a)) {
            assertEquals("Gemeente Na Annuleren", new ProfileService(reopened).load().join().organisationName(),
                    "the edit after the cancelled open is in the file");
        }
    }

    @Test
    void switchingPlansClosesTheOldPlanOnlyWhenTheNewOneIsShown() throws Exception {
        Path a = plan("eerst.mviplan");
        Path b = plan("daarna.mviplan");
        WorkbenchViewModel workbench = workbench();
        workbench.open(a).join();
        workbench.open(b).join();
        assertEquals(b, workbench.sessionProperty().get().db().file());
        PlanLock.acquire(a).close();
        assertEquals(LockedCheck.LOCKED, LockedCheck.of(b), "the shown plan keeps its lock");
    }

    @Test
    void anEditOnAPlanThatWasClosedShowsADutchMessageInsteadOfVanishing() throws Exception {
        Path a = plan("gesloten.mviplan");
        WorkbenchViewModel workbench = workbench();
        workbench.open(a).join();
        PlanSession old = workbench.sessionProperty().get();
        PlanProfile profile = old.profiles().load().join();
        workbench.closePlan().join();

        UiCallbacks ui = new UiCallbacks(Runnable::run, new ErrorPresenter(recordingDialogs(), dir.resolve("mvi-werkboek-0.log")));
        ui.then(old.profiles().save(renamed(profile, "Verloren")), v -> { }).join();

        assertEquals(1, shown.size(), "the lost edit is reported");
        assertTrue(shown.get(0).startsWith("Wijziging niet bewaard: "), shown.get(0));
        assertTrue(shown.get(0).contains("gesloten.mviplan") && shown.get(0).contains("Open het plan opnieuw"),
                shown.get(0));
    }

    private Dialogs recordingDialogs() {
        return (Dialogs) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Dialogs.class},
                (proxy, method, args) -> {
                    if (method.getName().startsWith("show")) {
                        shown.add(args[0] + ": " + args[1]);
                    }
                    return null;
                });
    }

    /** Whether a plan file is locked by this process now. */
    enum LockedCheck {
        LOCKED, FREE;

        static LockedCheck of(Path plan) {
            try (PlanLock ignored = PlanLock.acquire(plan)) {
                return FREE;
            } catch (nl.mviwerkboek.shared.db.PlanFileException e) {
                return LOCKED;
            }
        }
    }

    private Path plan(String name) throws Exception {
        TestPlans.create(dir, name).close();
        return dir.resolve(name).toAbsolutePath().normalize();
    }

    private static PlanProfile renamed(PlanProfile p, String name) {
        return new PlanProfile(name, p.organisationType(), p.inhabitants(), p.periodStart(), p.periodEnd(),
                p.themeSet(), p.commissioner(), p.manifestSignedOn(), p.budgetCents(), p.capacityHoursPerWeek(),
                p.sample());
    }
}
