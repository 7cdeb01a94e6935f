package nl.mviwerkboek.cli;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** The parts of a minimal xlsx with one sheet "Crediteuren" and a date style, for {@link LargeExports}. */
final class XlsxParts {

    private static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final LocalDate EPOCH = LocalDate.of(1899, 12, 30);

    /** Every part but the sheet: name and content. */
    static final String[][] FIXED = {
        {"[Content_Types].xml", XML + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
            + ".spreadsheetml.sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-"
            + "officedocument.spreadsheetml.worksheet+xml\"/>"
            + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
            + ".spreadsheetml.styles+xml\"/></Types>"},
        {"_rels/.rels", XML + "<Relationships xmlns=\"" + PACKAGE_RELS + "\"><Relationship Id=\"rId1\" Type=\""
            + RELS + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"},
        {"xl/workbook.xml", XML + "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + RELS + "\"><sheets>"
            + "<sheet name=\"Crediteuren\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"},
        {"xl/_rels/workbook.xml.rels", XML + "<Relationships xmlns=\"" + PACKAGE_RELS + "\">"
            + "<Relationship Id=\"rId1\" Type=\"" + RELS + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
            + "<Relationship Id=\"rId2\" Type=\"" + RELS + "/styles\" Target=\"styles.xml\"/></Relationships>"},
        {"xl/styles.xml", XML + "<styleSheet xmlns=\"" + MAIN + "\">"
            + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"dd\\-mm\\-yyyy\"/></numFmts>"
            + "<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
            + "<fills count=\"1\"><fill><patternFill patternType=\"none\"/></fill></fills>"
            + "<borders count=\"1\"><border/></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"2\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
            + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
            + "</cellXfs></styleSheet>"},
    };

    static final String SHEET_START = XML + "<worksheet xmlns=\"" + MAIN + "\"><sheetData>";
    static final String SHEET_END = "</sheetData></worksheet>";

    private XlsxParts() {
    }

    static String row(int number, List<String> texts) {
        StringBuilder row = new StringBuilder("<row r=\"" + number + "\">");
        texts.forEach(t -> row.append(text(t)));
        return row.append("</row>").toString();
    }

    /** An inline string; the generated texts hold no characters XML must escape. */
    static String text(String value) {
        return "<c t=\"inlineStr\"><is><t>" + value + "</t></is></c>";
    }

    static String number(String value) {
        return "<c><v>" + value + "</v></c>";
    }

    /** A date as Excel keeps it: days since 30-12-1899, shown with the dd-mm-yyyy style. */
    static String date(LocalDate date) {
        return "<c s=\"1\"><v>" + ChronoUnit.DAYS.between(EPOCH, date) + "</v></c>";
    }
}
