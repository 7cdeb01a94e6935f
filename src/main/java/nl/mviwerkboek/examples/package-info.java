/**
 * The voorbeeldenbank: good examples of MVI in tenders — own ones and those of other organisations — to search,
 * learn from and exchange with neighbouring municipalities as a file (CSV or Excel).
 */
package nl.mviwerkboek.examples;
