package nl.mviwerkboek.testsupport;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/** Hostile and odd files, generated: what a careless or malicious export could hand the import. */
public final class HostileFiles {

    /** An export the test knows the contents of: how many spend lines and their total. */
    public record Export(Path file, int lines, long totalCents) {
    }

    private static final String SHEET_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private HostileFiles() {
    }

    /** A small real workbook: a header and one line on its second sheet ("Crediteuren"). */
    public static Path workbook(Path file) throws Exception {
        return TestWorkbooks.xlsx(file, List.of(List.of("Crediteurnaam", "Factuurdatum", "Bedrag"),
                List.of("Groen B.V.", java.time.LocalDate.of(2025, 3, 1), 1234.5)));
    }

    /** An xlsx whose sheet inflates from a few kilobytes to {@code megabytes} MB. */
    public static Path zipBomb(Path file, int megabytes) throws Exception {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < megabytes; i++) {
                zip.write(zeros);
            }
        }
        return file;
    }

    /** A copy of {@link #workbook} with one part replaced. */
    public static Path withPart(Path dir, String name, String part, String xml) throws Exception {
        Path good = workbook(dir.resolve("basis-" + name));
        Path file = dir.resolve(name);
        try (ZipFile in = new ZipFile(good.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry e : Collections.list(in.entries())) {
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(e.getName().equals(part) ? xml.getBytes(StandardCharsets.UTF_8)
                        : in.getInputStream(e).readAllBytes());
            }
        }
        Files.delete(good);
        return file;
    }

    /** Shared strings that pull a local file in through an external entity (XXE). */
    public static String externalEntity(Path secret) {
        return "<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                + "<sst xmlns=\"" + SHEET_NS + "\" count=\"1\" uniqueCount=\"1\"><si><t>&xxe;</t></si></sst>";
    }

    /** A sheet whose entities expand to a billion "lol"s. */
    public static String billionLaughs() {
        StringBuilder dtd = new StringBuilder("<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10))
                    .append("\">");
        }
        return "<?xml version=\"1.0\"?><!DOCTYPE worksheet [" + dtd + "]><worksheet xmlns=\"" + SHEET_NS + "\">"
                + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&lol9;</t></is></c></row></sheetData>"
                + "</worksheet>";
    }

    /** A sheet that loads an external DTD, which defines an entity holding a local file. */
    public static String externalDtd(Path dtd) {
        return "<?xml version=\"1.0\"?><!DOCTYPE worksheet SYSTEM \"" + dtd.toUri() + "\"><worksheet xmlns=\""
                + SHEET_NS + "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&geheim;</t></is></c>"
                + "</row>" + ("<row><c t=\"inlineStr\"><is><t>opvulling, zodat dit het grootste blad is</t></is></c></row>")
                .repeat(20) + "</sheetData></worksheet>";
    }

    /** An xlsx encrypted with a password the way Excel does it (an OLE2 file with EncryptedPackage). */
    public static Path encrypted(Path dir, String name) throws Exception {
        Path plain = workbook(dir.resolve("open-" + name));
        Path file = dir.resolve(name);
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("geheim");
            try (OutputStream out = encryptor.getDataStream(fs)) {
                out.write(Files.readAllBytes(plain));
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        Files.delete(plain);
        return file;
    }

    /** Random bytes. */
    public static Path junk(Path file, int size) throws Exception {
        byte[] bytes = new byte[size];
        new Random(16).nextBytes(bytes);
        return Files.write(file, bytes);
    }

    /** A CSV whose second row holds a cell of {@code megabytes} MB in its third column. */
    public static Path hugeCell(Path file, int megabytes) throws Exception {
        try (var out = Files.newBufferedWriter(file)) {
            out.write("Crediteurnaam;Factuurdatum;Bedrag\nGroen B.V.;01-03-2025;\"");
            String block = "9".repeat(1024 * 1024);
            for (int i = 0; i < megabytes; i++) {
                out.write(block);
            }
            out.write("\"\n");
        }
        return file;
    }

    /** Lines of an export with amounts the test adds up: title rows, header, lines, a totals row. */
    public static Export html(Path file, int lines, Charset charset) throws Exception {
        List<String[]> rows = lines(lines);
        long total = rows.stream().mapToLong(r -> Long.parseLong(r[3])).sum();
        try (var out = Files.newBufferedWriter(file, charset)) {
            out.write("<!DOCTYPE html>\n<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset="
                    + charset.name() + "\"><style>td {mso-number-format:\"\\@\"}</style></head><body>\n<table>\n"
                    + "<tr><td colspan=\"4\"><b>Crediteurenoverzicht Gemeente Ede</b></td></tr>\n"
                    + "<tr><td colspan=\"4\">Periode: 01-01-2025 t/m 31-12-2025</td></tr>\n<tr></tr>\n"
                    + "<tr><th>Crediteurnaam</th><th>Factuurdatum</th><th>Bedrag excl. BTW</th><th>Omschrijving</th>"
                    + "</tr>\n");
            for (String[] r : rows) {
                out.write("<tr><td>" + r[0] + "</td><td>" + r[1] + "</td><td align=\"right\">" + r[2]
                        + "</td><td>Factuur&nbsp;" + r[4] + "</td></tr>\n");
            }
            out.write("<tr><td><b>Totaal</b></td><td></td><td>" + dutch(total) + "</td><td></td></tr>\n"
                    + "</table></body></html>\n");
        }
        return new Export(file, lines, total);
    }

    /** Excel's "Unicode text": UTF-16LE with a BOM, tab-separated, CRLF. */
    public static Export unicodeText(Path file, int lines) throws Exception {
        List<String[]> rows = lines(lines);
        StringBuilder sb = new StringBuilder("\uFEFFCrediteurenoverzicht Łódź & Café\r\n\r\n"
                + "Crediteurnaam\tFactuurdatum\tBedrag excl. BTW\tOmschrijving\r\n");
        for (String[] r : rows) {
            sb.append(r[0]).append('\t').append(r[1]).append('\t').append(r[2]).append("\tFactuur ").append(r[4])
                    .append("\r\n");
        }
        Files.writeString(file, sb, StandardCharsets.UTF_16LE);
        return new Export(file, lines, rows.stream().mapToLong(r -> Long.parseLong(r[3])).sum());
    }

    /** Supplier, date, Dutch amount, cents, invoice number. */
    private static List<String[]> lines(int n) {
        Random random = new Random(n);
        List<String[]> rows = new ArrayList<>(n);
        String[] names = {"Groen B.V.", "Café De Kroon", "Zuivel Øresund", "Bouwbedrijf De Vries", "Schoonmaak & Zo"};
        for (int i = 0; i < n; i++) {
            long cents = (random.nextInt(2) == 0 ? -1 : 1) * (1 + random.nextInt(5_000_000));
            rows.add(new String[] {names[i % names.length] + (i % 7 == 0 ? "" : " " + (i % 40)),
                String.format("%02d-%02d-2025", 1 + i % 28, 1 + i % 12), dutch(cents), Long.toString(cents),
                Integer.toString(100_000 + i)});
        }
        return rows;
    }

    private static String dutch(long cents) {
        return String.format(Locale.of("nl", "NL"), "%,.2f", BigDecimal.valueOf(cents, 2));
    }
}
