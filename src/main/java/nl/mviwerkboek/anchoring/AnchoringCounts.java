package nl.mviwerkboek.anchoring;

import java.util.List;

/** Anchoring figures for the overview and the command line: items, arranged, still open. */
public record AnchoringCounts(long items, long done, long open) {

    /** Counts a checklist. */
    public static AnchoringCounts of(List<AnchoringItem> items) {
        return new AnchoringCounts(items.size(), items.stream().filter(i -> i.status() == AnchoringStatus.GEREGELD).count(),
                items.stream().filter(i -> i.status().isOpen()).count());
    }
}
