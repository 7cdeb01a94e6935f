package nl.mviwerkboek.spend.priority;

import nl.mviwerkboek.shared.ui.ObservableLists;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.spend.analysis.AnalysisViewModel;
import nl.mviwerkboek.spend.groups.GroupsService;

/** State of the "Prioriteiten" tab: the ranked groups, focus choices, promising tenders and the praatplaat. */
public final class PrioritiesViewModel {

    private final PriorityService service;
    private final GroupsService groups;
    private final AnalysisViewModel shared;
    private final nl.mviwerkboek.shared.task.TaskRunner tasks;
    private final ReadOnlyObjectWrapper<PriorityPicture> picture = new ReadOnlyObjectWrapper<>();
    private final ObservableList<GroupPriority> ranked = FXCollections.observableArrayList();
    private final ObservableList<Opportunity> opportunities = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper themesText = new ReadOnlyStringWrapper("");

    /** The tab's state over the shared analysis state. */
    public PrioritiesViewModel(PriorityService service, GroupsService groups, AnalysisViewModel shared,
                               nl.mviwerkboek.shared.task.TaskRunner tasks) {
        this.tasks = tasks;
        this.service = service;
        this.groups = groups;
        this.shared = shared;
        shared.changesProperty().addListener((o, old, now) -> load());
    }

    /** Loads the priorities for the current filter. */
    public void load() {
        shared.ui().then(service.picture(shared.filter()), p -> {
            picture.set(p);
            ObservableLists.update(ranked, p.groups());
            ObservableLists.update(opportunities, p.opportunities());
            themesText.set(p.themes().isEmpty() ? Messages.get("priority.noThemes")
                    : Messages.get("priority.themes", String.join(", ", p.themes())));
        });
    }

    /** Marks a product group as focus group (or not); Focus and Acties use them later. */
    public void setFocus(GroupPriority g, boolean focus) {
        if (g.group().focus() != focus) {
            shared.ui().then(groups.setFocus(g.group().id(), focus), v -> load());
        }
    }

    /** Writes the praatplaat picture to a PNG file as a background job. */
    public java.util.concurrent.CompletableFuture<java.nio.file.Path> savePng(java.awt.image.BufferedImage image,
                                                                             java.nio.file.Path file) {
        return tasks.run(Messages.get("task.praatplaat"), ctx -> {
            try {
                nl.mviwerkboek.exchange.OfficeFiles.writeAtomically(file, out -> nl.mviwerkboek.shared.ui.PngFiles.write(image, out));
                return file;
            } catch (java.io.IOException e) {
                throw new nl.mviwerkboek.shared.i18n.UserProblem(Messages.get("praatplaat.failed.title"),
                        Messages.get("praatplaat.failed", file));
            }
        });
    }

    public ReadOnlyObjectProperty<PriorityPicture> pictureProperty() { return picture.getReadOnlyProperty(); }
    public ObservableList<GroupPriority> ranked() { return ranked; }
    public ObservableList<Opportunity> opportunities() { return opportunities; }
    public ReadOnlyStringProperty themesTextProperty() { return themesText.getReadOnlyProperty(); }
}
