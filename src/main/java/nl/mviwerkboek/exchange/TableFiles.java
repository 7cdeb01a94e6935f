package nl.mviwerkboek.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import nl.mviwerkboek.exchange.ImportFileException.Problem;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/** Opens an export by what it is (zip, OLE2, HTML or text in UTF-8, UTF-16 or Windows-1252), not by its name. */
public final class TableFiles {

    private static final int HEAD = 64 * 1024;

    private TableFiles() {
    }

    /** Opens a file, detecting CSV encoding and delimiter unless {@code csvFormat} is given. */
    public static TableFile open(Path file, Optional<CsvFormat> csvFormat) throws ImportFileException {
        byte[] head;
        boolean complete;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD);
            complete = in.read() < 0;
        } catch (IOException e) {
            throw new ImportFileException(Problem.READ_ERROR, file, e);
        }
        if (head.length == 0) {
            throw new ImportFileException(Problem.NO_DATA, file, null);
        }
        if (isZip(head)) {
            return new XlsxTable(file);
        }
        if (isOle2(head)) {
            return openOle2(file);
        }
        Optional<java.nio.charset.Charset> utf16 = CsvFormat.utf16(head);
        if (HtmlTable.looksLikeHtml(head, utf16)) {
            return new HtmlTable(file, head, complete);
        }
        if (utf16.isEmpty() && isBinary(head)) {
            throw new ImportFileException(Problem.NOT_A_SPREADSHEET, file, null);
        }
        try {
            return new CsvTable(file, csvFormat.isPresent() ? csvFormat.get() : CsvFormat.detect(file, head, complete));
        } catch (IOException e) {
            throw new ImportFileException(Problem.READ_ERROR, file, e);
        }
    }

    /** The CSV format of a table, when it is a CSV file. */
    public static Optional<CsvFormat> csvFormat(TableFile table) {
        return table instanceof CsvTable csv ? Optional.of(csv.format()) : Optional.empty();
    }

    private static TableFile openOle2(Path file) throws ImportFileException {
        POIFSFileSystem fs;
        try {
            fs = new POIFSFileSystem(file.toFile(), true);
        } catch (IOException | RuntimeException e) {
            throw new ImportFileException(Problem.DAMAGED, file, e);
        }
        if (fs.getRoot().hasEntry("EncryptionInfo") || fs.getRoot().hasEntry("EncryptedPackage")) {
            closeQuietly(fs);
            throw new ImportFileException(Problem.PASSWORD_PROTECTED, file, null);
        }
        if (!fs.getRoot().hasEntry("Workbook") && !fs.getRoot().hasEntry("WORKBOOK") && !fs.getRoot().hasEntry("Book")) {
            closeQuietly(fs);
            throw new ImportFileException(Problem.NOT_A_SPREADSHEET, file, null);
        }
        return new XlsTable(file, fs);
    }

    /**
     * Whether the start of a file holds more control bytes (NUL and others besides tab, line breaks and form
     * feed) than a text export with a stray damaged byte or two would (more than 2 + 0.5%, or more than a
     * tenth of a tiny file): a picture, a program, random junk.
     */
    static boolean isBinary(byte[] head) {
        int sampled = Math.min(head.length, 8192);
        int controls = 0;
        for (int i = 0; i < sampled; i++) {
            int b = head[i] & 0xFF;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1A) {
                controls++;
            }
        }
        return controls > 2 + sampled / 200 || controls * 10 > sampled;
    }

    private static boolean isZip(byte[] h) {
        return h.length >= 4 && h[0] == 'P' && h[1] == 'K' && h[2] == 3 && h[3] == 4;
    }

    private static boolean isOle2(byte[] h) {
        return h.length >= 8 && (h[0] & 0xFF) == 0xD0 && (h[1] & 0xFF) == 0xCF && (h[2] & 0xFF) == 0x11
                && (h[3] & 0xFF) == 0xE0;
    }

    private static void closeQuietly(POIFSFileSystem fs) {
        try {
            fs.close();
        } catch (IOException ignored) {
            // read only
        }
    }
}
