package nl.mviwerkboek.exchange;

import java.util.List;

/**
 * Carries an exception thrown by a {@link RowVisitor} (a cancel, a database error) out of a reader
 * unchanged, so that it is never mistaken for a problem with the file. The cause is the original.
 */
public final class RowFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private RowFailure(Exception cause) {
        super(cause);
    }

    /** Calls the visitor; its exceptions leave wrapped in a RowFailure. */
    static boolean visit(RowVisitor visitor, long rowNumber, List<SheetCell> cells) {
        try {
            return visitor.row(rowNumber, cells);
        } catch (Exception e) {
            throw new RowFailure(e);
        }
    }
}
