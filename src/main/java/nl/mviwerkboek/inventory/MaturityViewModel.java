package nl.mviwerkboek.inventory;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.mviwerkboek.plan.Theme;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.task.UiCallbacks;
import nl.mviwerkboek.shared.ui.TypedText;

/** State of the self-assessment: one editable row per theme in use, saved on every change, and the scores for the chart. */
public final class MaturityViewModel {

    /** The editable self-assessment of one theme; a changed step is saved at once, the note when it is committed. */
    public final class Row {
        private final Theme theme;
        private final ObjectProperty<MaturityStep> current = new SimpleObjectProperty<>();
        private final ObjectProperty<MaturityStep> target = new SimpleObjectProperty<>();
        private final TypedText note = new TypedText();
        private final StringBinding warning;

        Row(MaturityScore score) {
            theme = score.theme();
            current.set(score.current());
            target.set(score.target());
            note.load(score.note());
            current.addListener((o, old, now) -> save(this));
            target.addListener((o, old, now) -> save(this));
            note.committedProperty().addListener((o, old, now) -> save(this));
            warning = Bindings.createStringBinding(() -> current.get() != null && target.get() != null
                    && target.get().compareTo(current.get()) < 0 ? Messages.get("maturity.warning.lower") : "",
                    current, target);
        }

        MaturityScore score() {
            return new MaturityScore(theme, current.get(), target.get(), note.get() == null ? "" : note.get().strip());
        }

        public Theme theme() { return theme; }
        public ObjectProperty<MaturityStep> currentProperty() { return current; }
        public ObjectProperty<MaturityStep> targetProperty() { return target; }
        public StringProperty noteProperty() { return note; }
        public StringBinding warning() { return warning; }
    }

    private final InventoryService service;
    private final UiCallbacks ui;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<MaturityScore> scores = FXCollections.observableArrayList();
    private final StringBinding progressText = Bindings.createStringBinding(() -> Messages.get("maturity.progress",
            scores.stream().filter(MaturityScore::complete).count(), scores.size()), scores);

    /** The self-assessment of the plan behind {@code service}. */
    public MaturityViewModel(InventoryService service, UiCallbacks ui) {
        this.service = service;
        this.ui = ui;
    }

    /** Loads the scores and makes a row per theme in use. */
    public CompletableFuture<Void> load() {
        return ui.then(service.situation(), s -> {
            List<Row> made = new ArrayList<>();
            s.maturity().forEach(score -> made.add(new Row(score)));
            rows.setAll(made);
            scores.setAll(s.maturity());
        });
    }

    /** Saves a row (a row calls this when a step changes or its note is committed). */
    public CompletableFuture<Void> save(Row row) {
        MaturityScore score = row.score();
        int index = rows.indexOf(row);
        if (index >= 0 && index < scores.size() && scores.get(index).equals(score)) {
            return CompletableFuture.completedFuture(null);
        }
        return ui.then(service.saveMaturity(score), s -> scores.setAll(s.maturity()));
    }

    /** One row per theme in use, in theme order. */
    public ObservableList<Row> rows() { return rows; }

    /** The stored scores, as the chart shows them. */
    public ObservableList<MaturityScore> scores() { return scores; }

    /** "Ingevuld voor 4 van 6 thema's". */
    public StringBinding progressText() { return progressText; }
}
