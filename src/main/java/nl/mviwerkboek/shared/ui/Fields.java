package nl.mviwerkboek.shared.ui;

import javafx.beans.property.Property;
import javafx.beans.property.StringProperty;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
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
}
