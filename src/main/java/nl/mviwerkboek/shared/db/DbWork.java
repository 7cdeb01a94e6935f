package nl.mviwerkboek.shared.db;

import java.sql.Connection;
import java.sql.SQLException;

/** A piece of database work that runs on the database thread with the plan's connection. */
@FunctionalInterface
public interface DbWork<T> {

    /** Does the work; runs inside a transaction when submitted as a write. */
    T run(Connection connection) throws SQLException;
}
