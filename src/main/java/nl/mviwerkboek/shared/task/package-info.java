/** Background jobs with progress, message and cancel, and the runners that execute them. */
package nl.mviwerkboek.shared.task;
