/**
 * Excel workbooks: {@link nl.mviwerkboek.exchange.xlsx.Workbook} describes sheets of typed rows and
 * {@link nl.mviwerkboek.exchange.xlsx.XlsxWriter} writes each as an Excel table with Apache POI (Dutch
 * formats, frozen header, filters, list validation), so report code never sees POI.
 */
package nl.mviwerkboek.exchange.xlsx;
