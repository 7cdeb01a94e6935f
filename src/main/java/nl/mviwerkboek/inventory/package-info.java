/**
 * Chapter "Huidige situatie": what the organisation already does on MVI (inventory of contracts with
 * MVI requirements, policy, initiatives, knowledge and results) and the self-assessment per theme on
 * the Manifest's five maturity steps — model, storage, service, view-models and views.
 */
package nl.mviwerkboek.inventory;
