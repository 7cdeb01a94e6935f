/**
 * Word documents: {@link nl.mviwerkboek.exchange.docx.WordDocument} describes a report in plain blocks
 * (headings, text, tables, charts, pictures) and {@link nl.mviwerkboek.exchange.docx.DocxWriter} writes it
 * with Apache POI on the shipped template, so report code never sees POI.
 */
package nl.mviwerkboek.exchange.docx;
