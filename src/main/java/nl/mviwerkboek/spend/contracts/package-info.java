/**
 * The contract register and tender calendar: contracts with end dates and options, the tenders they
 * bring in the plan period by quarter, and the SROI candidates with their expected obligation.
 */
package nl.mviwerkboek.spend.contracts;
