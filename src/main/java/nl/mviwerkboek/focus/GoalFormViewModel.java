package nl.mviwerkboek.focus;

import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.mviwerkboek.plan.Stakeholder;
import nl.mviwerkboek.plan.Theme;
import nl.mviwerkboek.shared.i18n.Formats;
import nl.mviwerkboek.shared.i18n.Messages;

/** The goal form: fields as properties, checks with Dutch messages, the live measurability check, and the goal. */
public final class GoalFormViewModel {

    private final long id;
    private final List<Theme> themes;
    private final List<Stakeholder> stakeholders;
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>();
    private final StringProperty statement = new SimpleStringProperty("");
    private final StringProperty indicator = new SimpleStringProperty("");
    private final StringProperty unit = new SimpleStringProperty("");
    private final StringProperty baselineValue = new SimpleStringProperty("");
    private final StringProperty baselineYear = new SimpleStringProperty("");
    private final StringProperty targetValue = new SimpleStringProperty("");
    private final StringProperty targetYear = new SimpleStringProperty("");
    private final StringProperty source = new SimpleStringProperty("");
    private final ObjectProperty<Stakeholder> owner = new SimpleObjectProperty<>();
    private final StringBinding themeError = Bindings.createStringBinding(
            () -> theme.get() == null ? Messages.get("goal.error.theme") : "", theme);
    private final StringBinding statementError = Bindings.createStringBinding(
            () -> blank(statement) ? Messages.get("goal.error.statement") : "", statement);
    private final StringBinding baselineValueError = numberError(baselineValue);
    private final StringBinding targetValueError = numberError(targetValue);
    private final StringBinding baselineYearError = yearError(baselineYear);
    private final StringBinding targetYearError = Bindings.createStringBinding(() -> {
        String own = yearProblem(targetYear);
        Optional<Integer> from = year(baselineYear);
        Optional<Integer> to = year(targetYear);
        return !own.isEmpty() ? own : from.isPresent() && to.isPresent() && to.get() < from.get()
                ? Messages.get("goal.error.targetBeforeBaseline") : "";
    }, targetYear, baselineYear);
    private final BooleanBinding valid = Bindings.createBooleanBinding(() -> themeError.get().isEmpty()
            && statementError.get().isEmpty() && baselineValueError.get().isEmpty()
            && targetValueError.get().isEmpty() && baselineYearError.get().isEmpty()
            && targetYearError.get().isEmpty(), themeError, statementError, baselineValueError, targetValueError,
            baselineYearError, targetYearError);
    private final StringBinding quality;

    /** A form for {@code g} (new when its id is 0); {@code themes} are those a goal can be under. */
    public GoalFormViewModel(Goal g, List<Theme> themes, List<Stakeholder> stakeholders) {
        id = g.id();
        this.themes = themes;
        this.stakeholders = stakeholders;
        theme.set(themes.stream().filter(t -> t.id() == g.themeId()).findFirst().orElse(null));
        statement.set(g.statement());
        indicator.set(g.indicator());
        unit.set(g.unit());
        baselineValue.set(g.baselineValue() == null ? "" : Formats.decimalInput(g.baselineValue()));
        baselineYear.set(g.baselineYear() == null ? "" : g.baselineYear().toString());
        targetValue.set(g.targetValue() == null ? "" : Formats.decimalInput(g.targetValue()));
        targetYear.set(g.targetYear() == null ? "" : g.targetYear().toString());
        source.set(g.source());
        owner.set(stakeholders.stream().filter(s -> g.ownerId() != null && s.id() == g.ownerId()).findFirst()
                .orElse(null));
        quality = Bindings.createStringBinding(() -> goal().map(GoalQuality::describe).orElse(""), valid,
                indicator, baselineValue, baselineYear, targetValue, targetYear, owner);
    }

    /** An empty goal under a theme. */
    public static Goal blank(long themeId) {
        return new Goal(0, themeId, "", "", "", null, null, null, null, "", null);
    }

    /** The goal, when the form is valid. */
    public Optional<Goal> result() {
        return goal();
    }

    private Optional<Goal> goal() {
        if (!valid.get()) {
            return Optional.empty();
        }
        return Optional.of(new Goal(id, theme.get().id(), statement.get().strip(), text(indicator), text(unit),
                Formats.readDecimal(baselineValue.get()).value(), year(baselineYear).orElse(null),
                Formats.readDecimal(targetValue.get()).value(), year(targetYear).orElse(null), text(source),
                owner.get() == null ? null : owner.get().id()));
    }

    private static String text(StringProperty p) {
        return p.get() == null ? "" : p.get().strip();
    }

    private static boolean blank(StringProperty p) {
        return text(p).isEmpty();
    }

    private static StringBinding numberError(StringProperty p) {
        return Bindings.createStringBinding(() -> Formats.readDecimal(p.get()).problem(), p);
    }

    private static StringBinding yearError(StringProperty p) {
        return Bindings.createStringBinding(() -> yearProblem(p), p);
    }

    private static String yearProblem(StringProperty p) {
        return blank(p) || year(p).isPresent() ? "" : Messages.get("goal.error.year", p.get().strip());
    }

    private static Optional<Integer> year(StringProperty p) {
        return Formats.readYear(p.get()).optional();
    }

    public boolean isNew() { return id == 0; }
    public List<Theme> themes() { return themes; }
    public List<Stakeholder> stakeholders() { return stakeholders; }
    public ObjectProperty<Theme> themeProperty() { return theme; }
    public StringProperty statementProperty() { return statement; }
    public StringProperty indicatorProperty() { return indicator; }
    public StringProperty unitProperty() { return unit; }
    public StringProperty baselineValueProperty() { return baselineValue; }
    public StringProperty baselineYearProperty() { return baselineYear; }
    public StringProperty targetValueProperty() { return targetValue; }
    public StringProperty targetYearProperty() { return targetYear; }
    public StringProperty sourceProperty() { return source; }
    public ObjectProperty<Stakeholder> ownerProperty() { return owner; }
    public StringBinding themeError() { return themeError; }
    public StringBinding statementError() { return statementError; }
    public StringBinding baselineValueError() { return baselineValueError; }
    public StringBinding baselineYearError() { return baselineYearError; }
    public StringBinding targetValueError() { return targetValueError; }
    public StringBinding targetYearError() { return targetYearError; }
    /** "Meetbaar" or what is missing, while the form is valid; empty otherwise. */
    public StringBinding quality() { return quality; }
    public BooleanBinding valid() { return valid; }
}
