/**
 * Where the money goes: spend by product group, supplier, year and cost centre, ABC/Pareto classes,
 * local and MKB share, and EU-threshold signals — all from the summary table, with filters.
 */
package nl.mviwerkboek.spend.analysis;
