package nl.mviwerkboek.spend;

/** An import rolled back because it seems to repeat an earlier one; importing again with consent stores it. */
public final class ImportOverlapException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ImportOverlap overlap;

    /** The import overlaps {@code overlap}'s earlier import. */
    public ImportOverlapException(ImportOverlap overlap) {
        super("Overlaps import " + overlap.earlier().id());
        this.overlap = overlap;
    }

    /** What it overlaps. */
    public ImportOverlap overlap() {
        return overlap;
    }
}
