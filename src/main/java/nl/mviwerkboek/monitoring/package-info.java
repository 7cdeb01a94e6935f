/**
 * Chapter "Monitoring": review moments with the actions changed since the previous one, progress per goal
 * against baseline and target (on track or behind), and yearly versions of the whole plan that can be
 * compared — model, storage, service, view-models and views.
 */
package nl.mviwerkboek.monitoring;
