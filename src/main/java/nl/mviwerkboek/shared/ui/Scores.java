package nl.mviwerkboek.shared.ui;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.util.StringConverter;
import nl.mviwerkboek.shared.i18n.Formats;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.i18n.Reading;

/**
 * A spinner for a small whole number (a score of 0–3) that can also be typed into: the text is read by
 * {@link Formats#readWholeNumber}; text that is no number in the range keeps the last value (leaving the field
 * never throws) and sets the reason in {@link Fields#inputProblem}, shown under the field by {@link FormGrid}.
 */
public final class Scores {

    private Scores() {
    }

    /** An editable spinner from {@code min} to {@code max} starting at {@code initial}. */
    public static Spinner<Integer> spinner(String id, int min, int max, int initial) {
        Spinner<Integer> spinner = new Spinner<>();
        spinner.setId(id);
        SpinnerValueFactory.IntegerSpinnerValueFactory values =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, initial);
        values.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer value) {
                return value == null ? "" : String.valueOf(value);
            }

            @Override
            public Integer fromString(String text) {
                Integer read = read(text, min, max).value();
                return read == null ? values.getValue() : read;
            }
        });
        spinner.setValueFactory(values);
        spinner.setEditable(true);
        Accessible.help(spinner, "a11y.field.score", min, max);
        StringProperty problem = new SimpleStringProperty("");
        Fields.problemOf(spinner, problem);
        spinner.getEditor().textProperty().addListener((o, old, text) -> problem.set(read(text, min, max).problem()));
        values.valueProperty().addListener((o, old, now) -> {
            if (read(spinner.getEditor().getText(), min, max).ok()) {
                problem.set("");
            }
        });
        return spinner;
    }

    /** What the text says: a value in the range, or the reason it is not one (empty when it is). */
    private record Read(Integer value, String problem) {
        boolean ok() {
            return problem.isEmpty();
        }
    }

    private static Read read(String text, int min, int max) {
        Reading<Long> number = Formats.readWholeNumber(text);
        Long value = number.value();
        if (!number.ok()) {
            return new Read(null, number.problem());
        }
        if (value == null || value < min || value > max) {
            return new Read(null, Messages.get("field.score.range", min, max));
        }
        return new Read(value.intValue(), "");
    }
}
