/**
 * Product groups (inkooppakketten) and the classification of spend lines into them: the shipped
 * catalogue with indicative impact per theme dimension, ordered rules, manual assignments, and the
 * summary table ({@code spend_cube}) the analysis views read.
 */
package nl.mviwerkboek.spend.groups;
