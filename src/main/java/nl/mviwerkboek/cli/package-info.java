/** The command line: the same services as the app, without a window, for scripts and checks. */
package nl.mviwerkboek.cli;
