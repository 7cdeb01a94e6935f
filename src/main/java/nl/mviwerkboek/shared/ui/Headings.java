package nl.mviwerkboek.shared.ui;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import nl.mviwerkboek.shared.i18n.Messages;

/** Titles, section headings and intro text in the look every chapter shares. */
public final class Headings {

    private Headings() {
    }

    /** The title of a chapter page. */
    public static Label title(String text) {
        Label label = new Label(text);
        label.getStyleClass().addAll(Styles.TITLE_2, "chapter-title");
        return label;
    }

    /** A section heading inside a page, from a bundle key. */
    public static Label section(String key) {
        Label label = new Label(Messages.get(key));
        label.getStyleClass().addAll(Styles.TITLE_4, "section-title");
        return label;
    }

    /** A wrapped paragraph of explanation, from a bundle key. */
    public static TextFlow intro(String key) {
        TextFlow flow = new TextFlow(new Text(Messages.get(key)));
        flow.getStyleClass().add("intro-text");
        flow.setMaxWidth(760);
        return flow;
    }
}
