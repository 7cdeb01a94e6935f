package nl.mviwerkboek.plan;

/** One point of the SWOT in a quadrant; {@code id} is 0 until stored. */
public record SwotItem(long id, SwotQuadrant quadrant, String text) {
}
