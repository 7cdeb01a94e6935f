package nl.mviwerkboek.monitoring;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A success worth telling: when, what happened, its effect, and where it was shared (channels, plus a note
 * such as the name of a prize); {@code id} is 0 until stored.
 */
public record Success(long id, LocalDate date, String what, String effect, Set<ShareChannel> channels,
                      String sharedNote) {

    /** The success with a copy of the channels and empty texts for missing ones. */
    public Success {
        channels = channels.isEmpty() ? EnumSet.noneOf(ShareChannel.class) : EnumSet.copyOf(channels);
        effect = effect == null ? "" : effect;
        sharedNote = sharedNote == null ? "" : sharedNote;
    }

    /** "Intranet, gemeenteraad; Koopwijsprijs 2026" — where it was shared, in words. */
    public String sharedText() {
        String list = channels.stream().map(ShareChannel::label).collect(Collectors.joining(", "));
        return list.isEmpty() ? sharedNote : sharedNote.isBlank() ? list : list + "; " + sharedNote;
    }
}
