/** Pure parsing for the spend import: amounts, dates, header rows, column mapping and supplier names. */
package nl.mviwerkboek.spend.parse;
