package nl.mviwerkboek.app;

import java.time.Duration;
import java.time.Instant;
import java.util.function.LongConsumer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import nl.mviwerkboek.cli.CliOutput;
import nl.mviwerkboek.shared.i18n.Messages;

/**
 * The {@code --smoke} run: after the first frame it prints the time since process start, waits until the
 * sample plan is open, prints that time too and quits with 0 (1 when the plan did not open within a minute).
 */
final class SmokeRun implements LongConsumer {

    private static final Duration LIMIT = Duration.ofMinutes(1);

    private final WorkbenchViewModel workbench;

    SmokeRun(WorkbenchViewModel workbench) {
        this.workbench = workbench;
    }

    @Override
    public void accept(long firstFrameMs) {
        CliOutput out = CliOutput.console();
        out.result(Messages.get("smoke.firstFrame", firstFrameMs));
        if (workbench.sessionProperty().get() != null) {
            done(out);
            return;
        }
        workbench.sessionProperty().addListener((ChangeListener<PlanSession>) (o, old, now) -> {
            if (now != null) {
                done(out);
            }
        });
        PauseTransition limit = new PauseTransition(javafx.util.Duration.millis(LIMIT.toMillis()));
        limit.setOnFinished(e -> {
            out.problem(Messages.get("smoke.noPlan", LIMIT.toSeconds()));
            quit(1);
        });
        limit.play();
    }

    private void done(CliOutput out) {
        Instant start = ProcessHandle.current().info().startInstant().orElse(Instant.now());
        out.result(Messages.get("smoke.planOpen", Duration.between(start, Instant.now()).toMillis()));
        quit(0);
    }

    private void quit(int code) {
        workbench.shutdown().whenComplete((v, e) -> {
            Platform.exit();
            System.exit(code);
        });
    }
}
