/**
 * Per tender (an action of kind aanbesteding): the MVI criteria chosen, the market consultations held, what the
 * market offered after award, and the effects expected and realised (which roll up per goal in Monitoring).
 */
package nl.mviwerkboek.actions.tender;
