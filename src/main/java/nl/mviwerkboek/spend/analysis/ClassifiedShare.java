package nl.mviwerkboek.spend.analysis;

/** How much of the spend is in a product group, by amount and by lines. */
public record ClassifiedShare(long totalCents, long classifiedCents, long totalLines, long classifiedLines) {

    /** The classified share of the amount (0–1); 1 when there is no spend. */
    public double byAmount() {
        return totalCents == 0 ? (totalLines == 0 ? 1 : 0) : Math.max(0, Math.min(1,
                (double) classifiedCents / totalCents));
    }

    /** The classified share of the lines (0–1); 1 when there are none. */
    public double byLines() {
        return totalLines == 0 ? 1 : (double) classifiedLines / totalLines;
    }
}
