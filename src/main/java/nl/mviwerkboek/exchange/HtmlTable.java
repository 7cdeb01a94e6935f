package nl.mviwerkboek.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.mviwerkboek.exchange.ImportFileException.Problem;
import org.jsoup.helper.DataUtil;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.parser.StreamParser;

/**
 * An HTML page with tables, as financial systems write it under "Exporteren naar Excel" (often named .xls).
 * Parsed with jsoup's stream parser: every row is handed over and removed from the tree when it is complete,
 * so a large page never sits in memory whole. Each table with rows is a sheet; the largest is the default.
 */
final class HtmlTable implements TableFile {

    private static final List<String> STARTS = List.of("<!doctype html", "<html", "<table", "<head", "<body",
            "<meta", "<title", "<style");

    private final Path file;
    /** The encoding, or null to let jsoup take it from the BOM or the page's {@code <meta charset>}. */
    private final Charset charset;
    private final List<SheetInfo> sheets = new ArrayList<>();

    HtmlTable(Path file, byte[] head, boolean complete) throws ImportFileException {
        this.file = file;
        this.charset = charset(file, head, complete);
        List<Long> rows = new ArrayList<>();
        parse(tr -> {
            int table = tr.table();
            while (rows.size() <= table) {
                rows.add(0L);
            }
            rows.set(table, rows.get(table) + 1);
            return true;
        });
        for (int i = 0; i < rows.size(); i++) {
            sheets.add(new SheetInfo(i, "Tabel " + (i + 1), rows.get(i)));
        }
        if (sheets.isEmpty()) {
            throw new ImportFileException(Problem.NO_DATA, file, null);
        }
    }

    /** Whether the start of a file (after a BOM and spaces) is an HTML page or table. */
    static boolean looksLikeHtml(byte[] head, Optional<Charset> utf16) {
        int length = Math.min(head.length, 4096);
        String start = utf16.map(cs -> new String(head, 0, length & ~1, cs))
                .orElseGet(() -> new String(head, 0, length, StandardCharsets.ISO_8859_1))
                .replace("\uFEFF", "").replace("\u00EF\u00BB\u00BF", "").strip().toLowerCase(Locale.ROOT);
        if (start.startsWith("<?xml")) {
            start = start.substring(Math.max(0, start.indexOf("?>") + 2)).strip();
        }
        String text = start;
        return STARTS.stream().anyMatch(text::startsWith)
                || text.startsWith("<") && text.contains("<table") && text.contains("<tr");
    }

    /** The BOM's or UTF-16's encoding; null when the page names its own; else UTF-8 if valid, or Windows-1252. */
    private static Charset charset(Path file, byte[] head, boolean complete) throws ImportFileException {
        Optional<Charset> utf16 = CsvFormat.utf16(head);
        if (utf16.isPresent()) {
            return utf16.get();
        }
        String ascii = new String(head, 0, Math.min(head.length, 4096), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        if (ascii.startsWith("\u00EF\u00BB\u00BF")) {
            return StandardCharsets.UTF_8;
        }
        if (ascii.contains("charset")) {
            return null;
        }
        try {
            return CsvFormat.detect(file, head, complete).charset();
        } catch (IOException e) {
            throw new ImportFileException(Problem.READ_ERROR, file, e);
        }
    }

    @Override
    public List<SheetInfo> sheets() {
        return sheets;
    }

    @Override
    public String description() {
        return "html";
    }

    @Override
    public void read(int sheetIndex, RowVisitor visitor) throws ImportFileException {
        HtmlRows rows = new HtmlRows(file);
        parse(tr -> tr.table() != sheetIndex || RowFailure.visit(visitor, tr.number(), rows.cells(tr)));
    }

    /** A completed row: its element, the table it belongs to (from 0) and its number in that table (from 1). */
    record Row(Element element, int table, long number) {
    }

    /** Receives completed rows; returns false to stop. */
    @FunctionalInterface
    private interface RowSink {
        boolean accept(Row row) throws ImportFileException;
    }

    /** Streams the page, handing every completed {@code <tr>} to the sink and dropping what is done. */
    private void parse(RowSink sink) throws ImportFileException {
        Map<Element, Integer> tables = new IdentityHashMap<>();
        List<Long> numbers = new ArrayList<>();
        long lastRow = 0;
        try (StreamParser parser = DataUtil.streamParser(file, charset, "", Parser.htmlParser())) {
            for (Element e : (Iterable<Element>) parser::iterator) {
                if (e.nameIs("tr")) {
                    Element table = e.closest("table");
                    if (table == null) {
                        e.remove();
                        continue;
                    }
                    int index = tables.computeIfAbsent(table, t -> tables.size());
                    while (numbers.size() <= index) {
                        numbers.add(0L);
                    }
                    lastRow = numbers.get(index) + 1;
                    numbers.set(index, lastRow);
                    boolean more = sink.accept(new Row(e, index, lastRow));
                    // the row and the spaces before it are done with: a long table must not pile them up
                    while (e.previousSibling() != null) {
                        e.previousSibling().remove();
                    }
                    e.remove();
                    if (!more) {
                        parser.stop();
                        return;
                    }
                } else if (e.nameIs("table") || e.closest("tr") == null) {
                    e.remove();
                }
            }
        } catch (RowFailure | ImportFileException e) {
            throw e;
        } catch (IOException | UncheckedIOException e) {
            throw new ImportFileException(Problem.READ_ERROR, file, e);
        } catch (RuntimeException e) {
            throw new ImportFileException(Problem.DAMAGED, file, lastRow + 1, 0, e);
        }
    }

    @Override
    public void close() {
        // nothing held open between reads
    }
}
