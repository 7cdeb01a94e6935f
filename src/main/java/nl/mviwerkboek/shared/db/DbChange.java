package nl.mviwerkboek.shared.db;

import java.sql.Connection;
import java.sql.SQLException;

/** A change to the plan that returns nothing, run inside a write transaction. */
@FunctionalInterface
public interface DbChange {

    /** Makes the change with the plan's connection. */
    void run(Connection connection) throws SQLException;
}
