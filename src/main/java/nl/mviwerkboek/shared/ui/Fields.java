package nl.mviwerkboek.shared.ui;

import javafx.beans.property.Property;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import java.util.List;
import java.util.function.Function;
import org.kordamp.ikonli.javafx.FontIcon;
import java.time.LocalDate;
import nl.mviwerkboek.shared.i18n.Labelled;
import nl.mviwerkboek.shared.i18n.Messages;

/** Input fields with an id, bound both ways to a view-model property. */
public final class Fields {

    private Fields() {
    }

    /** A text field bound to {@code value}. */
    public static TextField text(String id, StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    /** A text field bound to {@code value} with an example as prompt. */
    public static TextField text(String id, StringProperty value, String prompt) {
        TextField field = text(id, value);
        field.setPromptText(prompt);
        return field;
    }

    /** A combo box of labelled values, showing their labels, bound to {@code value}. */
    @SafeVarargs
    public static <T extends Labelled> ComboBox<T> choice(String id, Property<T> value, T... values) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(values);
        box.setConverter(new LabelConverter<>());
        box.valueProperty().bindBidirectional(value);
        return box;
    }

    /** A date picker that shows and reads {@code 31-12-2026}, bound to {@code value}. */
    public static DatePicker date(String id, Property<LocalDate> value) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setConverter(new DutchDateConverter());
        picker.setPromptText(Messages.get("field.date.prompt"));
        picker.valueProperty().bindBidirectional(value);
        return picker;
    }

    /** A wrapping text area of {@code rows} lines bound to {@code value}. */
    public static TextArea textArea(String id, StringProperty value, int rows) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setPrefRowCount(rows);
        area.setWrapText(true);
        area.textProperty().bindBidirectional(value);
        return area;
    }

    /**
     * An optional choice: a combo box of {@code values} shown through {@code text}, bound to {@code value},
     * with a button (id {@code ID-clear}) that empties it; the prompt says what empty means. An observable
     * list of values is followed as it changes.
     */
    public static <T> HBox optionalChoice(String id, Property<T> value, List<T> values, Function<T, String> text,
                                          String promptKey) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        if (values instanceof javafx.collections.ObservableList<T> live) {
            box.setItems(live);
        } else {
            box.getItems().setAll(values);
        }
        box.setConverter(DisplayConverter.of(text));
        box.setPromptText(Messages.get(promptKey));
        box.setMaxWidth(Double.MAX_VALUE);
        box.valueProperty().bindBidirectional(value);
        Button clear = new Button("", new FontIcon("mdi2c-close"));
        clear.setId(id + "-clear");
        clear.setAccessibleText(Messages.get("field.clear"));
        clear.disableProperty().bind(box.valueProperty().isNull());
        clear.setOnAction(e -> value.setValue(null));
        HBox.setHgrow(box, Priority.ALWAYS);
        return new HBox(6, box, clear);
    }
}
