package nl.mviwerkboek.actions;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.mviwerkboek.focus.AmbitionLevel;
import nl.mviwerkboek.focus.Goal;
import nl.mviwerkboek.plan.Stakeholder;
import nl.mviwerkboek.plan.Theme;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.spend.contracts.Contract;
import nl.mviwerkboek.spend.groups.ProductGroup;

/** The action form: fields as properties, checks with Dutch messages, the goals of the chosen theme, and the action. */
public final class ActionFormViewModel {

    private final long id;
    private final ActionsPicture picture;
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");
    private final ObjectProperty<ActionKind> kind = new SimpleObjectProperty<>();
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>();
    private final ObjectProperty<Goal> goal = new SimpleObjectProperty<>();
    private final ObjectProperty<ProductGroup> group = new SimpleObjectProperty<>();
    private final ObjectProperty<Contract> contract = new SimpleObjectProperty<>();
    private final ObjectProperty<Stakeholder> owner = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> start = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> due = new SimpleObjectProperty<>();
    private final ObjectProperty<ActionStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<InstrumentLevel> instrument = new SimpleObjectProperty<>();
    private final ObjectProperty<AmbitionLevel> ambition = new SimpleObjectProperty<>();
    private final ObservableList<Goal> goals = FXCollections.observableArrayList();
    private final BooleanBinding isTender = kind.isEqualTo(ActionKind.AANBESTEDING);
    private final StringBinding titleError = Bindings.createStringBinding(() -> title.get() == null
            || title.get().isBlank() ? Messages.get("action.error.title") : "", title);
    private final StringBinding dueError = Bindings.createStringBinding(() -> start.get() != null && due.get() != null
            && due.get().isBefore(start.get()) ? Messages.get("action.error.dueBeforeStart") : "", start, due);
    private final BooleanBinding valid = Bindings.createBooleanBinding(() -> titleError.get().isEmpty()
            && dueError.get().isEmpty(), titleError, dueError);

    /** A form for {@code a} (new when its id is 0) with the plan's themes, goals, groups, contracts and people. */
    public ActionFormViewModel(Action a, ActionsPicture picture) {
        this.id = a.id();
        this.picture = picture;
        title.set(a.title());
        description.set(a.description());
        kind.set(a.kind());
        theme.set(find(picture.themes(), t -> a.themeId() != null && t.id() == a.themeId()));
        theme.addListener((o, old, now) -> showGoals());
        showGoals();
        goal.set(find(picture.goals(), g -> a.goalId() != null && g.id() == a.goalId()));
        group.set(find(picture.groups(), g -> a.groupId() != null && g.id() == a.groupId()));
        contract.set(find(picture.contracts(), k -> a.contractId() != null && k.id() == a.contractId()));
        contract.addListener((o, old, now) -> {
            if (now != null && now.groupId() != null && group.get() == null) {
                group.set(find(picture.groups(), g -> g.id() == now.groupId()));
            }
        });
        owner.set(find(picture.stakeholders(), s -> a.ownerId() != null && s.id() == a.ownerId()));
        start.set(a.start());
        due.set(a.due());
        status.set(a.status());
        instrument.set(a.instrument());
        ambition.set(a.ambition());
    }

    private static <T> T find(List<T> list, java.util.function.Predicate<T> test) {
        return list.stream().filter(test).findFirst().orElse(null);
    }

    private void showGoals() {
        Theme t = theme.get();
        goals.setAll(picture.goals().stream().filter(g -> t == null || g.themeId() == t.id()).toList());
        if (goal.get() != null && !goals.contains(goal.get())) {
            goal.set(null);
        }
    }

    /** The action, when the form is valid; instrument and ambition only for a tender. */
    public Optional<Action> result() {
        if (!valid.get()) {
            return Optional.empty();
        }
        boolean tender = isTender.get();
        return Optional.of(new Action(id, title.get().strip(), description.get() == null ? "" : description.get().strip(),
                kind.get(), theme.get() == null ? null : theme.get().id(), goal.get() == null ? null : goal.get().id(),
                group.get() == null ? null : group.get().id(), contract.get() == null ? null : contract.get().id(),
                owner.get() == null ? null : owner.get().id(), start.get(), due.get(), status.get(),
                tender ? instrument.get() : null, tender ? ambition.get() : null));
    }

    public boolean isNew() { return id == 0; }
    public List<Theme> themes() { return picture.themes(); }
    public ObservableList<Goal> goals() { return goals; }
    public List<ProductGroup> groups() { return picture.groups(); }
    public List<Contract> contracts() { return picture.contracts(); }
    public List<Stakeholder> stakeholders() { return picture.stakeholders(); }
    public StringProperty titleProperty() { return title; }
    public StringProperty descriptionProperty() { return description; }
    public ObjectProperty<ActionKind> kindProperty() { return kind; }
    public ObjectProperty<Theme> themeProperty() { return theme; }
    public ObjectProperty<Goal> goalProperty() { return goal; }
    public ObjectProperty<ProductGroup> groupProperty() { return group; }
    public ObjectProperty<Contract> contractProperty() { return contract; }
    public ObjectProperty<Stakeholder> ownerProperty() { return owner; }
    public ObjectProperty<LocalDate> startProperty() { return start; }
    public ObjectProperty<LocalDate> dueProperty() { return due; }
    public ObjectProperty<ActionStatus> statusProperty() { return status; }
    public ObjectProperty<InstrumentLevel> instrumentProperty() { return instrument; }
    public ObjectProperty<AmbitionLevel> ambitionProperty() { return ambition; }
    /** Whether the action is a tender (instrument and ambition level apply). */
    public BooleanBinding isTender() { return isTender; }
    public StringBinding titleError() { return titleError; }
    public StringBinding dueError() { return dueError; }
    public BooleanBinding valid() { return valid; }
}
