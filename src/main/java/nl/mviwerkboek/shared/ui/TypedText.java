package nl.mviwerkboek.shared.ui;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;

/**
 * The text of a field that saves itself: the text as typed (this property, changed at every keystroke, for
 * checking it) and the text as committed ({@link #committedProperty()}, which a view-model saves from).
 * A field built by {@link Fields#text} or {@link Fields#textArea} commits when the person leaves it, presses
 * Enter, or when the window shows another chapter or closes the plan ({@link Fields#commitFocused}).
 */
public final class TypedText extends SimpleStringProperty {

    private final ReadOnlyStringWrapper committed = new ReadOnlyStringWrapper("");

    /** An empty text, committed. */
    public TypedText() {
        super("");
    }

    /** Takes the text as typed as committed; nothing changes (and nothing is saved) when it already is. */
    public void commit() {
        committed.set(get());
    }

    /** Sets the text and commits it: for loading what is stored, and for code that edits as a whole. */
    public void load(String text) {
        set(text);
        commit();
    }

    /** Whether the text as typed is not yet committed. */
    public boolean pending() {
        return !java.util.Objects.equals(get(), committed.get());
    }

    /** The text as last committed. */
    public ReadOnlyStringProperty committedProperty() {
        return committed.getReadOnlyProperty();
    }
}
