/**
 * Chapter "Starten": the plan file's profile (organisation, period, commissioner, budget,
 * capacity), its themes and its stakeholders — model, storage, services, view-models and views.
 */
package nl.mviwerkboek.plan;
