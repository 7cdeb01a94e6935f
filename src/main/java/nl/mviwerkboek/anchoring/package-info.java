/**
 * Chapter "Verankering": the checklist of measures that make MVI part of how the organisation buys —
 * the standard measures plus own items, each with status, owner, evidence and date — model, storage,
 * service, view-model and view.
 */
package nl.mviwerkboek.anchoring;
