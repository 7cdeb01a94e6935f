/**
 * Chapter "Rapport": the report settings (concept or adopted, version, detail, sections, own introduction),
 * the Word action plan, the yearly progress report and the Excel workbook built from everything the plan
 * holds, and the export tasks. Documents are described here in plain blocks and written by
 * {@code nl.mviwerkboek.exchange}.
 */
package nl.mviwerkboek.report;
