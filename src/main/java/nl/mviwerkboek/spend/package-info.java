/**
 * Chapter "Spendanalyse": importing the financial system's creditor exports into spend lines and
 * suppliers (analysis, mapping, preview, import history) — model, storage, services, view-models, views.
 */
package nl.mviwerkboek.spend;
