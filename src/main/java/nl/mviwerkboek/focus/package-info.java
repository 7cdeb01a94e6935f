/**
 * Chapter "Focus": the focus themes with their ambition level, rationale and product groups, and the
 * goals per focus theme with indicator, baseline, target, source and owner, a measurability check and
 * progress entries — model, storage, service, view-models and views.
 */
package nl.mviwerkboek.focus;
