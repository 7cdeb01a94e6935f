package nl.mviwerkboek.app;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.task.FxTaskRunner;
import org.kordamp.ikonli.javafx.FontIcon;

/** The status bar: save confirmations, and the running background job with progress and cancel. */
final class StatusBarView extends HBox {

    StatusBarView(WorkbenchViewModel vm, FxTaskRunner tasks) {
        super(10);
        setId("status-bar");
        getStyleClass().add("status-bar");
        Label status = new Label();
        status.setId("status-message");
        status.setGraphic(new FontIcon("mdi2c-content-save-outline"));
        status.textProperty().bind(vm.statusProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label taskMessage = new Label();
        taskMessage.setId("task-message");
        taskMessage.textProperty().bind(tasks.messageProperty());
        ProgressBar progress = new ProgressBar();
        progress.setId("task-progress");
        progress.setPrefWidth(160);
        progress.progressProperty().bind(tasks.progressProperty());
        Button cancel = new Button(Messages.get("button.cancel"));
        cancel.setId("task-cancel");
        cancel.setOnAction(e -> tasks.cancelCurrent());
        HBox job = new HBox(8, taskMessage, progress, cancel);
        job.setId("task-box");
        job.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
        job.visibleProperty().bind(tasks.runningProperty());
        job.managedProperty().bind(job.visibleProperty());
        setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        getChildren().addAll(status, spacer, job);
    }
}
