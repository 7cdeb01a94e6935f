package nl.mviwerkboek.shared.ui;

import javafx.beans.property.Property;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import java.util.Optional;
import nl.mviwerkboek.shared.i18n.Formats;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import java.util.List;
import java.util.function.Function;
import org.kordamp.ikonli.javafx.FontIcon;
import java.time.LocalDate;
import nl.mviwerkboek.shared.i18n.Labelled;
import nl.mviwerkboek.shared.i18n.Messages;

/** Input fields with an id, bound both ways to a view-model property. */
public final class Fields {

    private static final String INPUT_PROBLEM = "mvi.inputProblem";
    private static final javafx.css.PseudoClass INVALID = javafx.css.PseudoClass.getPseudoClass("invalid");

    private Fields() {
    }

    /** A text field bound to {@code value}; a {@link TypedText} is committed on leaving the field and on Enter. */
    public static TextField text(String id, StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        commits(field, value);
        return held(field, value);
    }

    /** A text field bound to {@code value} with an example as prompt. */
    public static TextField text(String id, StringProperty value, String prompt) {
        TextField field = text(id, value);
        field.setPromptText(prompt);
        field.setAccessibleHelp(prompt); // a screen reader does not read the prompt once there is text
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
        return held(box, value);
    }

    /**
     * A date picker that shows {@code 31-12-2026} and reads what {@link Formats#readDate} reads, bound to
     * {@code value}. Text that is no date keeps the last date and sets the reason in {@link #inputProblem}
     * (shown under the field by {@link FormGrid}) until the text is a date again or another date is chosen.
     */
    public static DatePicker date(String id, Property<LocalDate> value) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setConverter(new DutchDateConverter(picker::getValue));
        picker.setPromptText(Messages.get("field.date.prompt"));
        Accessible.help(picker, "a11y.field.date");
        picker.valueProperty().bindBidirectional(value);
        FieldCommits.on(picker);
        StringProperty problem = new SimpleStringProperty("");
        picker.getProperties().put(INPUT_PROBLEM, problem);
        picker.getEditor().textProperty().addListener((obs, old, text) -> {
            if (picker.isFocused() || picker.getEditor().isFocused()) {
                problem.set(Formats.readDate(text).problem());
            }
        });
        picker.valueProperty().addListener((obs, old, now) -> {
            if (Formats.readDate(picker.getEditor().getText()).ok()) {
                problem.set("");
            }
        });
        return held(picker, value);
    }

    /**
     * Why the text typed into {@code field}, or into a {@link #date} picker inside it (a start and end date
     * side by side), was not taken; empty when it has no such picker.
     */
    public static Optional<ObservableStringValue> inputProblem(Node field) {
        List<ObservableStringValue> found = new java.util.ArrayList<>();
        collectProblems(field, found);
        if (found.size() <= 1) {
            return found.stream().findFirst();
        }
        return Optional.of(javafx.beans.binding.Bindings.createStringBinding(() -> found.stream()
                .map(ObservableStringValue::get).filter(p -> !p.isEmpty()).findFirst().orElse(""),
                found.toArray(javafx.beans.Observable[]::new)));
    }

    private static void collectProblems(Node node, List<ObservableStringValue> found) {
        if (node.getProperties().get(INPUT_PROBLEM) instanceof ObservableStringValue p) {
            found.add(p);
        } else if (node instanceof javafx.scene.Parent parent && !(node instanceof javafx.scene.control.Control)) {
            parent.getChildrenUnmodifiable().forEach(child -> collectProblems(child, found));
        }
    }

    /**
     * {@code field} (a {@link #date} picker outside a {@link FormGrid}: a table row, a line of inputs) with,
     * under it, why its text was not taken (id {@code ID-error}), in red and only while there is a reason.
     */
    public static VBox checked(Control field) {
        Label message = new Label();
        message.setId(field.getId() + "-error");
        message.getStyleClass().add("field-error");
        message.setWrapText(true);
        message.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        inputProblem(field).ifPresent(problem -> {
            message.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                    () -> problem.get().isEmpty() ? "" : "⚠ " + problem.get(), problem));
            problem.addListener((obs, old, now) -> field.pseudoClassStateChanged(INVALID, !now.isEmpty()));
        });
        message.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(message.textProperty()));
        message.managedProperty().bind(message.visibleProperty());
        message.maxWidthProperty().bind(field.widthProperty().add(160));
        return new VBox(2, field, message);
    }

    /** A wrapping text area of {@code rows} lines bound to {@code value}. */
    public static TextArea textArea(String id, StringProperty value, int rows) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setPrefRowCount(rows);
        area.setWrapText(true);
        area.textProperty().bindBidirectional(value);
        commits(area, value);
        TextAreaTabs.install(area);
        return held(area, value);
    }

    private static void commits(javafx.scene.control.TextInputControl field, StringProperty value) {
        if (value instanceof TypedText typed) {
            FieldCommits.on(field, typed);
        }
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
        return withClear(id, held(box, value), value);
    }

    /** {@code box} with, beside it, a button (id {@code ID-clear}) that empties {@code value}. */
    static <T> HBox withClear(String id, ComboBox<T> box, Property<T> value) {
        Button clear = new Button("", new FontIcon("mdi2c-close"));
        clear.setId(id + "-clear");
        clear.setAccessibleText(Messages.get("field.clear"));
        clear.disableProperty().bind(box.valueProperty().isNull());
        clear.setOnAction(e -> value.setValue(null));
        HBox.setHgrow(box, Priority.ALWAYS);
        return new HBox(6, box, clear);
    }

    /** Sets what {@link #inputProblem} reports for {@code control} (a typed field with a reader of its own). */
    static void problemOf(Node control, ObservableStringValue problem) {
        control.getProperties().put(INPUT_PROBLEM, problem);
    }

    /**
     * Makes {@code control} hold {@code value} strongly: a bidirectional binding holds both sides only
     * weakly, so without this a view-model that only its controls refer to is collected, and what is typed
     * afterwards is never checked nor saved.
     */
    public static <N extends Node> N held(N control, Object value) {
        control.getProperties().put(Fields.class, value);
        return control;
    }
}
