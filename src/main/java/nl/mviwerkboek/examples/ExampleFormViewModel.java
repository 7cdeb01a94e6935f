package nl.mviwerkboek.examples;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.mviwerkboek.shared.i18n.Messages;

/** The form of an example; only the title is needed. */
public final class ExampleFormViewModel {

    private final long id;
    private final StringProperty title = new SimpleStringProperty();
    private final StringProperty organisation = new SimpleStringProperty();
    private final StringProperty productGroup = new SimpleStringProperty();
    private final StringProperty themes = new SimpleStringProperty();
    private final StringProperty criteria = new SimpleStringProperty();
    private final StringProperty result = new SimpleStringProperty();
    private final StringProperty lessons = new SimpleStringProperty();
    private final StringProperty contact = new SimpleStringProperty();
    private final StringProperty link = new SimpleStringProperty();
    private final BooleanProperty own = new SimpleBooleanProperty();
    private final StringBinding titleError = Bindings.createStringBinding(() -> title.get() == null
            || title.get().isBlank() ? Messages.get("examples.error.title") : "", title);

    /** A form for {@code e} (new when its id is 0). */
    public ExampleFormViewModel(Example e) {
        id = e.id();
        title.set(e.title());
        organisation.set(e.organisation());
        productGroup.set(e.productGroup());
        themes.set(e.themes());
        criteria.set(e.criteria());
        result.set(e.result());
        lessons.set(e.lessons());
        contact.set(e.contact());
        link.set(e.link());
        own.set(e.own());
    }

    /** The example, when it has a title. */
    public Optional<Example> result() {
        return titleError.get().isEmpty() ? Optional.of(new Example(id, title.get().strip(), organisation.get(),
                productGroup.get(), themes.get(), criteria.get(), result.get(), lessons.get(), contact.get(), link.get(),
                own.get())) : Optional.empty();
    }

    public boolean isNew() { return id == 0; }
    public StringProperty titleProperty() { return title; }
    public StringProperty organisationProperty() { return organisation; }
    public StringProperty productGroupProperty() { return productGroup; }
    public StringProperty themesProperty() { return themes; }
    public StringProperty criteriaProperty() { return criteria; }
    public StringProperty resultProperty() { return result; }
    public StringProperty lessonsProperty() { return lessons; }
    public StringProperty contactProperty() { return contact; }
    public StringProperty linkProperty() { return link; }
    public BooleanProperty ownProperty() { return own; }
    public StringBinding titleError() { return titleError; }
}
