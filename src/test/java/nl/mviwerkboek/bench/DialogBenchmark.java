package nl.mviwerkboek.bench;

import static nl.mviwerkboek.bench.FxDriver.dialogWindow;
import static nl.mviwerkboek.bench.FxDriver.fx;
import static nl.mviwerkboek.bench.FxDriver.scrollIntoView;
import static nl.mviwerkboek.bench.FxDriver.until;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseButton;
import javafx.scene.robot.Robot;
import javafx.stage.Stage;
import nl.mviwerkboek.shared.ui.Chapter;
import nl.mviwerkboek.testsupport.AppFixture;
import nl.mviwerkboek.testsupport.TestPlans;

/**
 * Click to shown of the main dialogs on the sample plan, in whatever window system runs it (a real one under
 * {@code fx-window}/Xvfb + openbox, or Monocle): the mouse clicks each button, {@code DialogOpenTimer} times the
 * dialog's first frame; each dialog is opened N times (argument 1, default 5) and the first opening and the
 * median of the others are printed. Argument 2: seconds to wait after the plan is shown (default 2).
 * See docs/benchmarks.md (issue 17) for the command.
 */
public final class DialogBenchmark {

    private static int rounds = 5;
    private static double settleSeconds = 2;
    private final Map<String, Long> loaded = new LinkedHashMap<>();
    private AppFixture app;
    private long fxThread;
    private Stage stage;

    /** Runs the benchmark and exits. */
    public static void main(String[] args) {
        rounds = args.length > 0 ? Integer.parseInt(args[0]) : rounds;
        settleSeconds = args.length > 1 ? Double.parseDouble(args[1]) : settleSeconds;
        Application.launch(BenchApp.class);
    }

    /** The app the benchmark drives (a class of its own: the launcher checks a main class that is an Application). */
    public static final class BenchApp extends Application {
        @Override
        public void start(Stage primary) throws Exception {
            new DialogBenchmark().begin(primary);
        }
    }

    private void begin(Stage primary) throws Exception {
        Path dir = Files.createTempDirectory("dialog-bench");
        TestPlans.sample(dir, "bench.mviplan").close();
        stage = primary;
        app = AppFixture.start(stage, dir.resolve("home"), Optional.of(dir.resolve("bench.mviplan")));
        Thread driver = new Thread(() -> {
            try {
                run();
                Platform.exit();
            } catch (Throwable t) {
                t.printStackTrace();
                Runtime.getRuntime().halt(1);
            }
        }, "dialog-bench");
        driver.setDaemon(true);
        driver.start();
    }

    private void run() throws Exception {
        until(() -> app.window().workbench().sessionProperty().get() != null);
        Thread.sleep((long) (settleSeconds * 1000));
        System.out.printf("Dialog benchmark: %d rounds, %d cores, Java %s, JavaFX %s, glass %s%n", rounds,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                System.getProperty("javafx.runtime.version"), System.getProperty("glass.platform", "native"));
        Map<String, List<Long>> times = new LinkedHashMap<>();
        for (int round = 0; round < rounds; round++) {
            chapter(Chapter.FOCUS, "#focus-tabs");
            tab("#focus-tabs", "tab-goals");
            time(times, "#goal-add", "goal-dialog", "goal-dialog", "#goal-cancel");
            tab("#focus-tabs", "tab-focus-themes");
            fx(() -> {
                ((TableView<?>) stage.getScene().lookup("#focus-table")).getSelectionModel().select(0);
                return null;
            });
            time(times, "#focus-edit", "focus-dialog", "focus-dialog", "#focus-cancel");
            chapter(Chapter.ACTIES, "#action-tabs");
            time(times, "#action-add", "action-dialog", "action-dialog", "#action-cancel");
            chapter(Chapter.SPENDANALYSE, "#spend-tabs");
            tab("#spend-tabs", "tab-contracts");
            time(times, "#contract-add", "contract-dialog", "contract-dialog", "#contract-cancel");
            tab("#spend-tabs", "tab-classification");
            time(times, "#rules-add", "rule-dialog", "rule-dialog", "#rule-cancel");
            tab("#spend-tabs", "tab-import");
            app.dialogs().answerImportWith(Path.of("sample-data/crediteuren-2024.csv").toAbsolutePath());
            time(times, "#spend-import", "import-wizard-loading", "import-wizard", "#wizard-cancel");
        }
        times.forEach((dialog, ms) -> {
            List<Long> rest = new ArrayList<>(ms.subList(1, ms.size()));
            rest.sort(null);
            System.out.printf("dialog-bench %-28s first %5d ms, median of the other %d: %5d ms, all %s; classes"
                    + " loaded by the first: %s%n", dialog, ms.get(0), rest.size(), rest.isEmpty() ? -1
                    : rest.get(rest.size() / 2), ms, loaded.getOrDefault(dialog, -1L));
        });
    }

    private void chapter(Chapter chapter, String loaded) throws Exception {
        fx(() -> {
            app.window().workbench().chapterProperty().set(chapter);
            return null;
        });
        until(() -> stage.getScene().lookup(loaded) != null);
        Thread.sleep(500);
    }

    private void tab(String pane, String tabId) throws Exception {
        fx(() -> {
            TabPane tabs = (TabPane) stage.getScene().lookup(pane);
            tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> tabId.equals(t.getId()))
                    .findFirst().orElseThrow());
            return null;
        });
        Thread.sleep(500);
    }

    /**
     * Clicks {@code button} and notes when the dialog timed as {@code dialog} was shown; when it shows
     * {@code ready} only later (the import wizard reads its file first), that time too, as "{@code ready} filled".
     */
    private void time(Map<String, List<Long>> times, String button, String dialog, String ready, String cancel)
            throws Exception {
        long[] clickedAt = new long[1];
        long classes = java.lang.management.ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount();
        long cpu = fxCpuNanos();
        int before = fx(() -> app.window().dialogOpenTimes().size());
        fx(() -> {
            scrollIntoView(stage.getScene().lookup(button));
            return null;
        });
        Thread.sleep(300);
        for (int attempt = 0; fx(() -> app.window().dialogOpenTimes().size()) == before; attempt++) {
            if (attempt == 3) {
                throw new IllegalStateException(button + " opened no dialog");
            }
            fx(() -> {
                Node node = stage.getScene().lookup(button);
                Bounds b = node.localToScreen(node.getBoundsInLocal());
                Robot robot = new Robot();
                robot.mouseMove(new Point2D(b.getCenterX(), b.getCenterY()));
                clickedAt[0] = System.nanoTime();
                robot.mouseClick(MouseButton.PRIMARY);
                return null;
            });
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (fx(() -> app.window().dialogOpenTimes().size()) == before && System.nanoTime() < end) {
                Thread.sleep(20);
            }
        }
        Map.Entry<String, Long> measured = fx(() -> app.window().dialogOpenTimes().get(before));
        if (!measured.getKey().equals(dialog)) {
            throw new IllegalStateException("expected " + dialog + ", timed " + measured.getKey());
        }
        times.computeIfAbsent(dialog, d -> new ArrayList<>()).add(measured.getValue());
        times.computeIfAbsent(dialog + " fx-cpu", d -> new ArrayList<>()).add((fxCpuNanos() - cpu) / 1_000_000);
        loaded.computeIfAbsent(dialog, d -> java.lang.management.ManagementFactory.getClassLoadingMXBean()
                .getTotalLoadedClassCount() - classes);
        until(() -> dialogWindow(ready).isPresent());
        if (!ready.equals(dialog)) {
            times.computeIfAbsent(ready + " filled", d -> new ArrayList<>())
                    .add((System.nanoTime() - clickedAt[0]) / 1_000_000);
        }
        Thread.sleep(300);
        fx(() -> {
            ((Button) dialogWindow(ready).orElseThrow().getScene().lookup(cancel)).fire();
            return null;
        });
        until(() -> dialogWindow(ready).isEmpty());
        Thread.sleep(700);
    }

    /** CPU time the FX thread used so far: unlike wall time, not stretched by other work on the machine. */
    private long fxCpuNanos() throws Exception {
        if (fxThread == 0) {
            fxThread = fx(() -> Thread.currentThread().threadId());
        }
        return java.lang.management.ManagementFactory.getThreadMXBean().getThreadCpuTime(fxThread);
    }
}
