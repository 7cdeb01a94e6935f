/** Chapter "Overzicht": the plan's summary, counts per kind of record, and completeness per chapter. */
package nl.mviwerkboek.overview;
