package nl.mviwerkboek.spend.analysis;

import nl.mviwerkboek.shared.ui.ObservableLists;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.mviwerkboek.shared.i18n.Formats;
import nl.mviwerkboek.shared.i18n.Messages;

/** State of the "Drempels" tab: the signals in the filter with their reasoning, and the EU threshold table. */
public final class ThresholdsViewModel {

    private final AnalysisViewModel shared;
    private final ObservableList<ThresholdSignal> signals = FXCollections.observableArrayList();
    private final ObservableList<EuThreshold> thresholds = FXCollections.observableArrayList();
    private final ObjectProperty<EuThreshold> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");

    /** The tab's state over the shared analysis state. */
    public ThresholdsViewModel(AnalysisViewModel shared) {
        this.shared = shared;
        shared.pictureProperty().addListener((o, old, p) -> {
            ObservableLists.update(signals, p.signals());
            String text = p.signals().isEmpty() ? Messages.get("thresholds.none")
                    : Messages.get("thresholds.summary", p.signals().size());
            for (String note : java.util.List.of(CoverageNotes.partial(p), CoverageNotes.unknownThresholds(p))) {
                text += note.isEmpty() ? "" : " " + note;
            }
            summary.set(text);
            ObservableLists.update(thresholds, p.thresholds());
        });
    }

    /** Why a signal was raised, in a sentence. */
    public static String reasoning(ThresholdSignal s) {
        String kind = s.kind().label().toLowerCase(Messages.locale());
        String text = Messages.get("thresholds.reasoning", String.valueOf(s.year()), Formats.amountRounded(
                s.yearlyCents()), Formats.amountRounded(s.estimatedCents()), kind, String.valueOf(s.thresholdYear()),
                Formats.amountRounded(s.thresholdCents()));
        if (s.monthsCovered() > 0) {
            text += " " + Messages.get("thresholds.partYear", s.monthsCovered(), String.valueOf(s.year()));
        }
        return s.yearsSignalled() > 1 ? text + " " + Messages.get("thresholds.moreYears", s.yearsSignalled()) : text;
    }

    /** Saves changed thresholds of a year and shows the signals again. */
    public void save(EuThreshold t) {
        shared.ui().then(shared.analysis().saveThreshold(t), v -> shared.refresh(null));
    }

    public ObservableList<ThresholdSignal> signals() { return signals; }
    public ObservableList<EuThreshold> thresholds() { return thresholds; }
    public ObjectProperty<EuThreshold> selectedProperty() { return selected; }
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
}
