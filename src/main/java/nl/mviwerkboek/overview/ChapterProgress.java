package nl.mviwerkboek.overview;

import java.util.List;
import nl.mviwerkboek.shared.i18n.Labelled;
import nl.mviwerkboek.shared.ui.Chapter;

/** How complete one chapter is: what is filled in, what is missing, and the next step. */
public record ChapterProgress(Chapter chapter, State state, List<String> done, List<String> missing,
                             String nextStep) {

    /** The state of a chapter, shown with an icon and a word (never by colour alone). */
    public enum State implements Labelled {
        COMPLETE, IN_PROGRESS, TO_DO;

        @Override
        public String labelKey() {
            return "overview.state." + name().toLowerCase(java.util.Locale.ROOT).replace("_", "");
        }
    }
}
