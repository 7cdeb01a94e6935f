package nl.mviwerkboek.bench;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/** What {@link DialogBenchmark} needs to drive the window from its own thread: run on the FX thread, wait, find. */
final class FxDriver {

    private FxDriver() {
    }

    static Optional<javafx.stage.Window> dialogWindow(String id) {
        return javafx.stage.Window.getWindows().stream().filter(w -> w.isShowing() && w.getScene() != null
                && id.equals(w.getScene().getRoot().getId())).findFirst();
    }

    static void scrollIntoView(Node node) {
        for (javafx.scene.Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane scroll) {
                Node content = scroll.getContent();
                Bounds in = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
                double room = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
                if (room > 0) {
                    scroll.setVvalue(Math.min(1, Math.max(0, (in.getMinY() - 40) / room)));
                    scroll.layout();
                }
                return;
            }
        }
    }

    static <T> T fx(Supplier<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        return result.get(30, TimeUnit.SECONDS);
    }

    static void until(BooleanSupplier condition) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!fx(condition::getAsBoolean)) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("timed out");
            }
            Thread.sleep(20);
        }
    }
}
