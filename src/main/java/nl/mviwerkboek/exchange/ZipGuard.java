package nl.mviwerkboek.exchange;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import nl.mviwerkboek.exchange.ImportFileException.Problem;

/**
 * Checks an xlsx (a zip) before anything parses it: a sane number of entries, declared sizes within
 * limits, no entry that inflates suspiciously much, and a workbook inside.
 */
final class ZipGuard {

    static final int MAX_ENTRIES = 10_000;
    static final long MAX_TOTAL_BYTES = 4L * 1024 * 1024 * 1024;
    static final long MAX_RATIO = 150;
    private static final long RATIO_FROM_BYTES = 1024 * 1024;

    private ZipGuard() {
    }

    /** Sizes of the worksheet parts in order ({@code sheet1.xml}, …), after checking the whole zip. */
    static long[] check(Path file) throws ImportFileException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > MAX_ENTRIES) {
                throw new ImportFileException(Problem.ZIP_BOMB, file, null);
            }
            long total = 0;
            boolean workbook = false;
            java.util.List<Long> sheets = new java.util.ArrayList<>();
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                long size = e.getSize();
                long packed = e.getCompressedSize();
                if (size < 0 || packed < 0) {
                    throw new ImportFileException(Problem.DAMAGED, file, null);
                }
                total += size;
                if (total > MAX_TOTAL_BYTES || (size > RATIO_FROM_BYTES && size > packed * MAX_RATIO)) {
                    throw new ImportFileException(Problem.ZIP_BOMB, file, null);
                }
                workbook |= e.getName().equals("xl/workbook.xml");
                if (e.getName().matches("xl/worksheets/sheet\\d+\\.xml")) {
                    int n = Integer.parseInt(e.getName().replaceAll("\\D", ""));
                    while (sheets.size() < n) {
                        sheets.add(0L);
                    }
                    sheets.set(n - 1, size);
                }
            }
            if (!workbook) {
                throw new ImportFileException(Problem.NOT_A_SPREADSHEET, file, null);
            }
            return sheets.stream().mapToLong(Long::longValue).toArray();
        } catch (ZipException e) {
            throw new ImportFileException(Problem.DAMAGED, file, e);
        } catch (IOException e) {
            throw new ImportFileException(Problem.READ_ERROR, file, e);
        }
    }
}
