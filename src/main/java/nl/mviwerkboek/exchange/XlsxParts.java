package nl.mviwerkboek.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * What the sheet reader needs from an xlsx's small parts: the sheets' parts in workbook order, the shared
 * strings part, the date system, and which cell styles show dates (decided once per style, not per cell).
 */
final class XlsxParts {

    final List<String> sheetParts = new ArrayList<>();
    String sharedStringsPart;
    boolean date1904;
    /** Per cell style (the {@code s} attribute): whether its number format shows dates. */
    boolean[] dateStyles = new boolean[0];

    /** Reads the parts of an open xlsx. */
    static XlsxParts read(ZipFile zip) throws IOException {
        XlsxParts parts = new XlsxParts();
        Map<String, String> targets = new HashMap<>();
        String stylesPart = "xl/styles.xml";
        try (InputStream in = open(zip, "xl/_rels/workbook.xml.rels")) {
            XmlBytes xml = new XmlBytes(in);
            for (XmlBytes.Kind k = xml.next(); k != XmlBytes.Kind.EOF; k = xml.next()) {
                if (k == XmlBytes.Kind.START && xml.is("Relationship")) {
                    String target = part(xml.attribute("Target"));
                    String type = String.valueOf(xml.attribute("Type"));
                    targets.put(xml.attribute("Id"), target);
                    if (type.endsWith("/sharedStrings")) {
                        parts.sharedStringsPart = target;
                    } else if (type.endsWith("/styles")) {
                        stylesPart = target;
                    }
                }
            }
        }
        try (InputStream in = open(zip, "xl/workbook.xml")) {
            XmlBytes xml = new XmlBytes(in);
            for (XmlBytes.Kind k = xml.next(); k != XmlBytes.Kind.EOF; k = xml.next()) {
                if (k == XmlBytes.Kind.START && xml.is("sheet")) {
                    parts.sheetParts.add(targets.get(xml.attribute("id")));
                } else if (k == XmlBytes.Kind.START && xml.is("workbookPr")) {
                    String d = xml.attribute("date1904");
                    parts.date1904 = "1".equals(d) || "true".equals(d);
                }
            }
        }
        if (parts.sharedStringsPart == null && zip.getEntry("xl/sharedStrings.xml") != null) {
            parts.sharedStringsPart = "xl/sharedStrings.xml";
        }
        if (zip.getEntry(stylesPart) != null) {
            try (InputStream in = zip.getInputStream(zip.getEntry(stylesPart))) {
                parts.styles(new XmlBytes(in));
            }
        }
        return parts;
    }

    private void styles(XmlBytes xml) throws IOException {
        Map<String, String> formats = new HashMap<>();
        List<Boolean> dates = new ArrayList<>();
        boolean inCellXfs = false;
        for (XmlBytes.Kind k = xml.next(); k != XmlBytes.Kind.EOF; k = xml.next()) {
            if (xml.is("cellXfs")) {
                inCellXfs = k == XmlBytes.Kind.START && !xml.selfClosing();
            } else if (k == XmlBytes.Kind.START && xml.is("numFmt")) {
                formats.put(xml.attribute("numFmtId"), xml.attribute("formatCode"));
            } else if (k == XmlBytes.Kind.START && inCellXfs && xml.is("xf")) {
                String id = xml.attribute("numFmtId");
                dates.add(id != null && isDate(id, formats.get(id)));
            }
        }
        dateStyles = new boolean[dates.size()];
        for (int i = 0; i < dateStyles.length; i++) {
            dateStyles[i] = dates.get(i);
        }
    }

    /** The built-in date formats (14–22, 45–47), or a format string that shows a date. */
    static boolean isDate(String numFmtId, String format) {
        try {
            int id = Integer.parseInt(numFmtId.strip());
            if (id >= 14 && id <= 22 || id >= 45 && id <= 47) {
                return true;
            }
        } catch (NumberFormatException e) {
            return false;
        }
        return format != null && XlsxTable.isDateFormat(format);
    }

    /** A relationship's target as a part name in the zip (relative to {@code xl/} unless absolute). */
    private static String part(String target) {
        if (target == null) {
            return null;
        }
        return target.startsWith("/") ? target.substring(1) : "xl/" + target;
    }

    private static InputStream open(ZipFile zip, String name) throws IOException {
        ZipEntry e = zip.getEntry(name);
        if (e == null) {
            throw new IOException("No " + name + " in the workbook");
        }
        return zip.getInputStream(e);
    }
}
