package nl.mviwerkboek.shared.ui;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import nl.mviwerkboek.shared.i18n.Messages;

/** A chapter not built yet: what it is for and the key advice for it, never a dead end. */
public final class ChapterPlaceholderView extends VBox {

    /** The page for {@code chapter}. */
    public ChapterPlaceholderView(Chapter chapter) {
        super(14);
        setId("placeholder-" + chapter.id());
        getStyleClass().add("chapter-page");
        setPadding(new Insets(28, 36, 28, 36));
        getChildren().addAll(Headings.title(chapter.label()), Headings.intro(chapter.purposeKey()),
                Headings.section("placeholder.advice"));
        getChildren().addAll(adviceOf(chapter));
        Label coming = new Label(Messages.get("placeholder.coming"), new FontIcon("mdi2i-information-outline"));
        coming.setId("placeholder-coming");
        coming.setWrapText(true);
        coming.getStyleClass().add("coming-note");
        Label source = new Label(Messages.get("placeholder.source"));
        source.getStyleClass().add("source-note");
        getChildren().addAll(coming, source);
    }

    /** The key advice for a chapter, one wrapping label with a light bulb each. */
    static java.util.List<Label> adviceOf(Chapter chapter) {
        java.util.List<Label> labels = new java.util.ArrayList<>();
        for (int i = 1; Messages.has("chapter." + chapter.id() + ".advice." + i); i++) {
            Label advice = new Label(Messages.get("chapter." + chapter.id() + ".advice." + i),
                    new FontIcon("mdi2l-lightbulb-on-outline"));
            advice.setWrapText(true);
            advice.setMaxWidth(900);
            advice.getStyleClass().add("advice");
            labels.add(advice);
        }
        return labels;
    }
}
