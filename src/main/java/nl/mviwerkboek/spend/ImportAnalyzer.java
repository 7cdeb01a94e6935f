package nl.mviwerkboek.spend;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import nl.mviwerkboek.exchange.CsvFormat;
import nl.mviwerkboek.exchange.ImportFileException;
import nl.mviwerkboek.exchange.SheetCell;
import nl.mviwerkboek.exchange.TableFile;
import nl.mviwerkboek.exchange.TableFiles;
import nl.mviwerkboek.spend.parse.HeaderDetector;
import nl.mviwerkboek.spend.parse.MappingSuggester;

/** Reads a sample of an export and works out its header row, mapping and column styles. */
public final class ImportAnalyzer {

    /** How many rows the sample holds; column styles are decided from them. */
    public static final int SAMPLE_ROWS = 5_000;

    private final Function<String, Optional<ColumnMapping>> remembered;

    /** An analyser that looks up mappings remembered for a header signature. */
    public ImportAnalyzer(Function<String, Optional<ColumnMapping>> remembered) {
        this.remembered = remembered;
    }

    /** Analyses a file's largest sheet (or the given one), with the CSV format detected or given. */
    public ImportAnalysis analyse(Path file, Optional<Integer> sheet, Optional<CsvFormat> csv)
            throws ImportFileException {
        // the whole file's SHA-256 (for "imported before?") on a second thread while the sample is read
        java.util.concurrent.CompletableFuture<String> hash = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return sha256(file);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        try (TableFile table = TableFiles.open(file, csv)) {
            int sheetIndex = sheet.orElse(table.largestSheet().index());
            List<Long> numbers = new ArrayList<>();
            List<List<SheetCell>> rows = new ArrayList<>();
            table.read(sheetIndex, (n, cells) -> {
                numbers.add(n);
                rows.add(cells);
                return rows.size() < SAMPLE_ROWS;
            });
            if (rows.stream().allMatch(r -> r.stream().allMatch(c -> c.text().isBlank()))) {
                throw new ImportFileException(ImportFileException.Problem.NO_DATA, file, null);
            }
            long size = Files.size(file);
            ImportAnalysis first = new ImportAnalysis(file, size, join(hash), table.description(),
                    TableFiles.csvFormat(table), table.sheets(), sheetIndex, numbers, rows, 0,
                    new ColumnMapping(java.util.Map.of()), false, ColumnStyles.DUTCH,
                    estimate(rows, table.sheets().get(sheetIndex).size(), size, table.description()));
            return withHeader(first, HeaderDetector.detect(rows.stream().map(ImportAnalyzer::texts).toList()));
        } catch (IOException e) {
            throw new ImportFileException(ImportFileException.Problem.READ_ERROR, file, e);
        } finally {
            hash.cancel(false); // not waited for when the sample failed; the file is only read
        }
    }

    private static String join(java.util.concurrent.CompletableFuture<String> hash) throws IOException {
        try {
            return hash.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof java.io.UncheckedIOException io) {
                throw io.getCause();
            }
            throw e;
        }
    }

    /** The analysis with another header row: its remembered mapping, or suggestions from its names. */
    public ImportAnalysis withHeader(ImportAnalysis analysis, int headerIndex) {
        List<String> header = texts(analysis.rows().get(headerIndex));
        String signature = String.join("|", header.stream().map(nl.mviwerkboek.spend.parse.HeaderNames::normalise)
                .toList());
        Optional<ColumnMapping> known = remembered.apply(signature);
        ColumnMapping mapping = known.orElseGet(() -> new ColumnMapping(
                MappingSuggester.suggest(header, codeColumns(analysis.rows(), headerIndex, header.size()))));
        return analysis.withHeaderIndex(headerIndex, mapping, known.isPresent());
    }

    /** Columns whose values below the header are mostly codes. */
    private static java.util.Set<Integer> codeColumns(List<List<SheetCell>> rows, int headerIndex, int width) {
        java.util.Set<Integer> codes = new java.util.HashSet<>();
        List<List<SheetCell>> below = rows.subList(Math.min(rows.size(), headerIndex + 1), Math.min(rows.size(),
                headerIndex + 201));
        for (int col = 0; col < width; col++) {
            int c = col;
            if (MappingSuggester.looksLikeCodes(below.stream().map(r -> c < r.size() ? r.get(c).text() : "")
                    .toList())) {
                codes.add(col);
            }
        }
        return codes;
    }

    private static List<String> texts(List<SheetCell> cells) {
        return cells.stream().map(SheetCell::text).toList();
    }

    /** A rough row count for progress: exact for xls and html, from the sample's share of the file otherwise. */
    private static long estimate(List<List<SheetCell>> sample, long sheetSize, long fileSize, String description) {
        if (description.equals("xls") || description.equals("html")) {
            return sheetSize;
        }
        int sampled = sample.size();
        if (sampled < SAMPLE_ROWS) {
            return sampled;
        }
        // CSV: the sample's own bytes per row; an xlsx sheet's XML takes about 45 bytes per cell
        long cells = sample.stream().mapToLong(List::size).sum();
        long chars = sample.stream().flatMap(List::stream).mapToLong(c -> c.text().length() + 1).sum();
        return description.startsWith("csv") ? Math.max(sampled, fileSize * sampled / Math.max(1, chars))
                : Math.max(sampled, sheetSize * sampled / Math.max(1, cells * 45));
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
