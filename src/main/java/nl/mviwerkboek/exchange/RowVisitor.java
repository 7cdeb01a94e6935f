package nl.mviwerkboek.exchange;

import java.util.List;

/** Receives the rows of a sheet one at a time, never all at once. */
@FunctionalInterface
public interface RowVisitor {

    /** Handles one row (numbered as in the file, from 1); returns false to stop reading. */
    boolean row(long rowNumber, List<SheetCell> cells) throws Exception;
}
