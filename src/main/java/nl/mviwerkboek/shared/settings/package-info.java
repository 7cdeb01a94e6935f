/** The per-user data folder and the settings kept in it. */
package nl.mviwerkboek.shared.settings;
