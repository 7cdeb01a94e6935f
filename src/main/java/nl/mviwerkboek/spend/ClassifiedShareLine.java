package nl.mviwerkboek.spend;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import nl.mviwerkboek.shared.ui.Controls;
import nl.mviwerkboek.spend.analysis.AnalysisViewModel;

/** Always in sight: how much of the spend is classified, and a way to classify again when that is pending. */
final class ClassifiedShareLine extends HBox {

    ClassifiedShareLine(AnalysisViewModel vm) {
        super(12);
        setAlignment(Pos.CENTER_LEFT);
        ProgressBar bar = new ProgressBar();
        bar.setId("classified-bar");
        bar.getStyleClass().add("share-bar");
        bar.progressProperty().bind(vm.shareValueProperty());
        Label text = new Label();
        text.setId("classified-share");
        text.getStyleClass().add("share-line");
        text.textProperty().bind(vm.shareTextProperty());
        Button run = Controls.button("classify-run", "classify.action.run", "mdi2r-refresh");
        run.visibleProperty().bind(vm.needsClassificationProperty());
        run.managedProperty().bind(run.visibleProperty());
        run.setOnAction(e -> vm.reclassify());
        getChildren().addAll(bar, text, run);
    }
}
