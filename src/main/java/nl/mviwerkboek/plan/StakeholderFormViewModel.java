package nl.mviwerkboek.plan;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.mviwerkboek.shared.i18n.Messages;

/** State of the add/edit stakeholder form, with its checks. */
public final class StakeholderFormViewModel {

    private static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

    private final long id;
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<StakeholderRole> role = new SimpleObjectProperty<>();
    private final StringProperty department = new SimpleStringProperty("");
    private final ObjectProperty<Involvement> involvement = new SimpleObjectProperty<>(Involvement.MEEDENKEN);
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");

    private final StringBinding nameError = Bindings.createStringBinding(
            () -> name.get().isBlank() ? Messages.get("validation.stakeholder.name") : "", name);
    private final StringBinding roleError = Bindings.createStringBinding(
            () -> role.get() == null ? Messages.get("validation.stakeholder.role") : "", role);
    private final StringBinding emailError = Bindings.createStringBinding(
            () -> email.get().isBlank() || email.get().strip().matches(EMAIL) ? ""
                    : Messages.get("validation.stakeholder.email"), email);
    private final BooleanBinding valid = Bindings.createBooleanBinding(
            () -> nameError.get().isEmpty() && roleError.get().isEmpty() && emailError.get().isEmpty(),
            nameError, roleError, emailError);

    private StakeholderFormViewModel(long id) {
        this.id = id;
    }

    /** An empty form for a new stakeholder. */
    public static StakeholderFormViewModel forNew() {
        return new StakeholderFormViewModel(0);
    }

    /** A form filled with an existing stakeholder. */
    public static StakeholderFormViewModel forExisting(Stakeholder s) {
        StakeholderFormViewModel vm = new StakeholderFormViewModel(s.id());
        vm.name.set(s.name());
        vm.role.set(s.role());
        vm.department.set(s.department());
        vm.involvement.set(s.involvement());
        vm.email.set(s.email());
        vm.note.set(s.note());
        return vm;
    }

    /** Whether this form adds a new stakeholder (rather than changing one). */
    public boolean isNew() {
        return id == 0;
    }

    /** The stakeholder the form describes, when it is valid. */
    public Optional<Stakeholder> result() {
        if (!valid.get()) {
            return Optional.empty();
        }
        return Optional.of(new Stakeholder(id, name.get().strip(), role.get(), department.get().strip(),
                involvement.get() == null ? Involvement.MEEDENKEN : involvement.get(), email.get().strip(),
                note.get().strip()));
    }

    public StringProperty nameProperty() { return name; }
    public ObjectProperty<StakeholderRole> roleProperty() { return role; }
    public StringProperty departmentProperty() { return department; }
    public ObjectProperty<Involvement> involvementProperty() { return involvement; }
    public StringProperty emailProperty() { return email; }
    public StringProperty noteProperty() { return note; }
    public StringBinding nameError() { return nameError; }
    public StringBinding roleError() { return roleError; }
    public StringBinding emailError() { return emailError; }
    public BooleanBinding valid() { return valid; }
}
