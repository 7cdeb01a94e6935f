/**
 * Chapter "Acties": the action list that runs the plan — actions with kind, theme, goal, product group or
 * contract, owner, dates, status, instrument and ambition level and a dated log; filters, a quarter
 * timeline and suggestions drawn from the plan's state — model, storage, service, view-models and views.
 */
package nl.mviwerkboek.actions;
