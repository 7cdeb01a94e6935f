package nl.mviwerkboek.spend.contracts;

import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.mviwerkboek.shared.i18n.Formats;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.spend.groups.ProductGroup;

/** The contract form: fields as properties, checks with Dutch messages, and the contract they make. */
public final class ContractFormViewModel {

    private final long id;
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty supplier = new SimpleStringProperty("");
    private final ObjectProperty<ProductGroup> group = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> start = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> end = new SimpleObjectProperty<>();
    private final StringProperty extension = new SimpleStringProperty("0");
    private final StringProperty options = new SimpleStringProperty("");
    private final StringProperty value = new SimpleStringProperty("");
    private final BooleanProperty mvi = new SimpleBooleanProperty();
    private final BooleanProperty sroi = new SimpleBooleanProperty();
    private final StringProperty owner = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final StringBinding titleError = Bindings.createStringBinding(() -> title.get().isBlank()
            ? Messages.get("contract.error.title") : "", title);
    private final StringBinding endError = Bindings.createStringBinding(() -> start.get() != null && end.get() != null
            && end.get().isBefore(start.get()) ? Messages.get("contract.error.end") : "", start, end);
    private final StringBinding extensionError = Bindings.createStringBinding(() -> {
        var typed = Formats.readWholeNumber(extension.get());
        return !typed.ok() ? typed.problem() : months().isEmpty() ? Messages.get("contract.error.extension") : "";
    }, extension);
    private final StringBinding valueError = Bindings.createStringBinding(() -> cents().isPresent() ? ""
            : Formats.readAmountCents(value.get()).ok() ? Messages.get("contract.error.value")
            : Formats.readAmountCents(value.get()).problem(), value);
    private final BooleanBinding valid = Bindings.createBooleanBinding(() -> titleError.get().isEmpty()
            && endError.get().isEmpty() && extensionError.get().isEmpty() && valueError.get().isEmpty(),
            titleError, endError, extensionError, valueError);

    /** A form for {@code k} (a new contract when its id is 0), with its group looked up in {@code groups}. */
    public ContractFormViewModel(Contract k, java.util.List<ProductGroup> groups) {
        id = k.id();
        title.set(k.title());
        supplier.set(k.supplierName());
        group.set(groups.stream().filter(g -> k.groupId() != null && g.id() == k.groupId()).findFirst().orElse(null));
        start.set(k.start());
        end.set(k.end());
        extension.set(Integer.toString(k.extensionMonths()));
        options.set(k.optionsNote());
        value.set(k.id() == 0 && k.valueCents() == 0 ? "" : Formats.amountInput(k.valueCents()));
        mvi.set(k.mviApplied());
        sroi.set(k.sroiApplied());
        owner.set(k.owner());
        note.set(k.note());
    }

    private Optional<Integer> months() {
        var typed = Formats.readWholeNumber(extension.get());
        if (!typed.ok()) {
            return Optional.empty();
        }
        long m = typed.value() == null ? 0 : typed.value();
        return m >= 0 && m <= 999 ? Optional.of((int) m) : Optional.empty();
    }

    private Optional<Long> cents() {
        String s = value.get() == null ? "" : value.get().strip();
        return s.isEmpty() ? Optional.of(0L) : Formats.parseAmountCents(s).filter(c -> c >= 0);
    }

    /** The contract, when the form is valid. */
    public Optional<Contract> result() {
        if (!valid.get()) {
            return Optional.empty();
        }
        return Optional.of(new Contract(id, title.get().strip(), supplier.get().strip(),
                group.get() == null ? null : group.get().id(), start.get(), end.get(), months().orElse(0),
                options.get().strip(), cents().orElse(0L), mvi.get(), sroi.get(), owner.get().strip(),
                note.get().strip()));
    }

    public boolean isNew() { return id == 0; }
    public StringProperty titleProperty() { return title; }
    public StringProperty supplierProperty() { return supplier; }
    public ObjectProperty<ProductGroup> groupProperty() { return group; }
    public ObjectProperty<LocalDate> startProperty() { return start; }
    public ObjectProperty<LocalDate> endProperty() { return end; }
    public StringProperty extensionProperty() { return extension; }
    public StringProperty optionsProperty() { return options; }
    public StringProperty valueProperty() { return value; }
    public BooleanProperty mviProperty() { return mvi; }
    public BooleanProperty sroiProperty() { return sroi; }
    public StringProperty ownerProperty() { return owner; }
    public StringProperty noteProperty() { return note; }
    public StringBinding titleError() { return titleError; }
    public StringBinding endError() { return endError; }
    public StringBinding extensionError() { return extensionError; }
    public StringBinding valueError() { return valueError; }
    public BooleanBinding valid() { return valid; }
}
