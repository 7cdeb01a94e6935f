package nl.mviwerkboek.plan;

import java.util.List;

/** The support for MVI in the organisation: the SWOT items (per quadrant, in order) and the objections. */
public record SupportPicture(List<SwotItem> swot, List<Objection> objections) {

    /** An empty picture, shown until the first read arrives. */
    public static SupportPicture empty() {
        return new SupportPicture(List.of(), List.of());
    }

    /** The items of one quadrant. */
    public List<SwotItem> in(SwotQuadrant q) {
        return swot.stream().filter(i -> i.quadrant() == q).toList();
    }
}
