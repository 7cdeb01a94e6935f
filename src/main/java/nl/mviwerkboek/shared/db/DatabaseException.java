package nl.mviwerkboek.shared.db;

import java.sql.SQLException;

/** A database error raised on the database thread; the transaction it happened in was rolled back. */
public final class DatabaseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Wraps the SQL error. */
    public DatabaseException(SQLException cause) {
        super(cause.getMessage(), cause);
    }
}
