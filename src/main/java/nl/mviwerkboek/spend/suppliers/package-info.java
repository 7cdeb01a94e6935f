/**
 * Suppliers as the officer sees them: near-duplicates suggested for merging (with undo), and the
 * detail of one supplier — names seen, KvK, place, spend per year and group, and its lines.
 */
package nl.mviwerkboek.spend.suppliers;
