package nl.mviwerkboek.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes {@link RealisticExport} as a CSV ({@code ;}, Windows-1252, decimal comma, {@code dd-mm-jjjj}) and as
 * an xlsx, written directly as XML parts: with inline strings (as many reporting tools write) or, as Excel
 * itself writes, with every text in a shared-strings table (millions of entries for a million lines).
 */
final class RealisticFiles {

    private static final LocalDate START = LocalDate.of(2023, 1, 1);
    private static final String COLUMNS = "ABCDEFGHIJ";

    private RealisticFiles() {
    }

    static void csv(Path file, int rows) throws IOException {
        RealisticExport export = new RealisticExport();
        try (BufferedWriter w = Files.newBufferedWriter(file, Charset.forName("windows-1252"))) {
            w.write(String.join(";", RealisticExport.HEADER));
            w.write("\r\n");
            StringBuilder sb = new StringBuilder(256);
            for (int i = 0; i < rows; i++) {
                RealisticExport.Line l = export.next(i);
                LocalDate d = START.plusDays(l.day);
                sb.setLength(0);
                sb.append(RealisticExport.supplierNumber(l.supplier)).append(';');
                sb.append(RealisticExport.supplierName(l.supplier)).append(';');
                RealisticExport.invoiceNumber(sb, l);
                sb.append(';');
                dutchDate(sb, d);
                sb.append(';');
                RealisticExport.dutchAmount(sb, l.cents);
                sb.append(';');
                RealisticExport.dutchAmount(sb, l.cents * 21 / 100);
                sb.append(';').append(RealisticExport.ledgerCode(l.ledger)).append(';');
                sb.append(RealisticExport.ledgerDescription(l.ledger)).append(';');
                sb.append(RealisticExport.costCentre(l.costCentre)).append(';');
                RealisticExport.description(sb, l, d.getMonthValue());
                sb.append("\r\n");
                w.append(sb);
            }
        }
    }

    private static void dutchDate(StringBuilder sb, LocalDate d) {
        RealisticExport.pad(sb, d.getDayOfMonth(), 2);
        sb.append('-');
        RealisticExport.pad(sb, d.getMonthValue(), 2);
        sb.append('-').append(d.getYear());
    }

    /** The xlsx; {@code shared}: texts in a shared-strings table, else inline strings. */
    static void xlsx(Path file, int rows, boolean shared) throws IOException {
        Path strings = Files.createTempFile(file.getParent(), "sst", ".xml");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
                    + (shared ? "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>" : "")
                    + "</Types>");
            put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>");
            put(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                    + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                    + "<sheets><sheet name=\"Crediteuren\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            put(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
                    + (shared ? "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>" : "")
                    + "</Relationships>");
            put(zip, "xl/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                    + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"dd\\-mm\\-yyyy\"/></numFmts>"
                    + "<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
                    + "<fills count=\"1\"><fill><patternFill patternType=\"none\"/></fill></fills>"
                    + "<borders count=\"1\"><border/></borders>"
                    + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
                    + "<cellXfs count=\"3\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
                    + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
                    + "<xf numFmtId=\"4\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/></cellXfs>"
                    + "</styleSheet>");
            int count;
            try (Writer sst = Files.newBufferedWriter(strings, StandardCharsets.UTF_8)) {
                zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
                Writer w = new java.io.OutputStreamWriter(new NoClose(zip), StandardCharsets.UTF_8);
                count = sheet(new java.io.BufferedWriter(w, 1 << 16), rows, shared ? new Strings(sst) : null);
                zip.closeEntry();
            }
            if (shared) {
                zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
                zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><sst xmlns=\""
                        + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"" + count
                        + "\" uniqueCount=\"" + count + "\">").getBytes(StandardCharsets.UTF_8));
                Files.copy(strings, zip);
                zip.write("</sst>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } finally {
            Files.deleteIfExists(strings);
        }
    }

    /** Writes the sheet's rows; returns the number of shared strings. */
    private static int sheet(Writer w, int rows, Strings strings) throws IOException {
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                + "<dimension ref=\"A1:J" + (rows + 1) + "\"/><sheetData>");
        StringBuilder sb = new StringBuilder(1024);
        sb.append("<row r=\"1\">");
        for (int c = 0; c < RealisticExport.HEADER.length; c++) {
            text(sb, c, 1, RealisticExport.HEADER[c], strings, true);
        }
        sb.append("</row>");
        w.append(sb);
        RealisticExport export = new RealisticExport();
        StringBuilder tmp = new StringBuilder(64);
        long epoch1900 = LocalDate.of(1899, 12, 30).toEpochDay();
        for (int i = 0; i < rows; i++) {
            RealisticExport.Line l = export.next(i);
            int r = i + 2;
            LocalDate d = START.plusDays(l.day);
            sb.setLength(0);
            sb.append("<row r=\"").append(r).append("\">");
            text(sb, 0, r, RealisticExport.supplierNumber(l.supplier), strings, true);
            text(sb, 1, r, RealisticExport.supplierName(l.supplier), strings, true);
            tmp.setLength(0);
            RealisticExport.invoiceNumber(tmp, l);
            text(sb, 2, r, tmp.toString(), strings, false);
            number(sb, 3, r, Long.toString(d.toEpochDay() - epoch1900), 1);
            tmp.setLength(0);
            RealisticExport.plainAmount(tmp, l.cents);
            number(sb, 4, r, tmp.toString(), 2);
            tmp.setLength(0);
            RealisticExport.plainAmount(tmp, l.cents * 21 / 100);
            number(sb, 5, r, tmp.toString(), 2);
            number(sb, 6, r, RealisticExport.ledgerCode(l.ledger), 0);
            text(sb, 7, r, RealisticExport.ledgerDescription(l.ledger), strings, true);
            text(sb, 8, r, RealisticExport.costCentre(l.costCentre), strings, true);
            tmp.setLength(0);
            RealisticExport.description(tmp, l, d.getMonthValue());
            text(sb, 9, r, tmp.toString(), strings, false);
            sb.append("</row>");
            w.append(sb);
        }
        w.write("</sheetData></worksheet>");
        w.flush();
        return strings == null ? 0 : strings.count;
    }

    private static void number(StringBuilder sb, int col, int row, String value, int style) {
        sb.append("<c r=\"").append(COLUMNS.charAt(col)).append(row).append('"');
        if (style != 0) {
            sb.append(" s=\"").append(style).append('"');
        }
        sb.append("><v>").append(value).append("</v></c>");
    }

    private static void text(StringBuilder sb, int col, int row, String value, Strings strings, boolean repeats)
            throws IOException {
        sb.append("<c r=\"").append(COLUMNS.charAt(col)).append(row).append('"');
        if (strings == null) {
            sb.append(" t=\"inlineStr\"><is><t>");
            escape(sb, value);
            sb.append("</t></is></c>");
        } else {
            sb.append(" t=\"s\"><v>").append(strings.index(value, repeats)).append("</v></c>");
        }
    }

    static void escape(StringBuilder sb, String value) {
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            switch (ch) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                default -> sb.append(ch);
            }
        }
    }

    /**
     * The shared-strings table as it is written: texts that repeat (names, codes, ledger descriptions) once,
     * texts unique per line (invoice numbers, descriptions) appended without a lookup.
     */
    private static final class Strings {
        private final Writer out;
        private final Map<String, Integer> known = new HashMap<>();
        private final StringBuilder sb = new StringBuilder(128);
        private int count;

        Strings(Writer out) {
            this.out = out;
        }

        int index(String value, boolean repeats) throws IOException {
            if (repeats) {
                Integer i = known.get(value);
                if (i != null) {
                    return i;
                }
                known.put(value, count);
            }
            sb.setLength(0);
            sb.append("<si><t>");
            escape(sb, value);
            sb.append("</t></si>");
            out.append(sb);
            return count++;
        }
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** The zip's stream for one entry, not closed by the writer around it. */
    private static final class NoClose extends java.io.FilterOutputStream {
        NoClose(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
