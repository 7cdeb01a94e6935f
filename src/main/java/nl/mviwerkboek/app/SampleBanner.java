package nl.mviwerkboek.app;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import nl.mviwerkboek.shared.i18n.Messages;
import org.kordamp.ikonli.javafx.FontIcon;

/** The banner above a sample plan: that it is a sample, and how to start one's own plan. */
final class SampleBanner extends HBox {

    SampleBanner(WorkbenchViewModel vm, Runnable newPlan) {
        super(12);
        setId("sample-banner");
        getStyleClass().add("sample-banner");
        Label text = new Label(Messages.get("sample.banner"), new FontIcon("mdi2i-information-outline"));
        text.setWrapText(true);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        Button create = new Button(Messages.get("sample.banner.new"));
        create.setId("sample-banner-new");
        create.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        create.setOnAction(e -> newPlan.run());
        getChildren().addAll(text, create);
        setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        visibleProperty().bind(Bindings.createBooleanBinding(
                () -> vm.sessionProperty().get() != null && vm.sessionProperty().get().isSample(),
                vm.sessionProperty()));
        managedProperty().bind(visibleProperty());
    }
}
