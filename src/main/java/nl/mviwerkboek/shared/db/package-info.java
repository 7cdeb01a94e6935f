/** The plan file: SQLite connection on one database thread, checks, lock and schema migrations. */
package nl.mviwerkboek.shared.db;
