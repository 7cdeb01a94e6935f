/**
 * Impact and priorities: spend × indicative impact for the plan's themes per product group, the
 * priority matrix, focus groups, promising tenders in the plan period, and the praatplaat.
 */
package nl.mviwerkboek.spend.priority;
