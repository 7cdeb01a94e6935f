package nl.mviwerkboek.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.List;
import nl.mviwerkboek.exchange.docx.Block;
import nl.mviwerkboek.exchange.docx.DocxWriter;
import nl.mviwerkboek.exchange.docx.WordDocument;
import nl.mviwerkboek.exchange.xlsx.Workbook;
import nl.mviwerkboek.exchange.xlsx.XlsxWriter;

/**
 * Loads the Word and Excel writing code once, on a background thread, before it is needed, by writing a
 * tiny document and workbook to nowhere: the first document in a fresh program spends most of its time
 * loading POI's classes and schemas. Started when the
 * report chapter opens and at the start of an export; harmless when it fails (the export then loads them).
 */
public final class OfficeWarmUp {

    private static final Logger LOG = Logger.getLogger(OfficeWarmUp.class.getName());
    private static CompletableFuture<Void> started;

    private OfficeWarmUp() {
    }

    /** Starts the warm-up unless it ran already; the future completes when it is done. */
    public static synchronized CompletableFuture<Void> start() {
        if (started == null) {
            started = new CompletableFuture<>();
            Thread t = new Thread(OfficeWarmUp::warmUp, "mvi-office-warm-up");
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            t.start();
        }
        return started;
    }

    private static void warmUp() {
        try {
            Block.Table table = new Block.Table(List.of(Block.Column.text("a", 1), Block.Column.number("b", 1)),
                    List.of(List.of("x", "1")), "");
            DocxWriter.write(new WordDocument(new WordDocument.Cover("", "", List.of(), ""), "", true, "", List.of(
                    new Block.Contents(""), new Block.Heading(1, "a"), Block.Text.labelled("a", "b"),
                    Block.Bullets.of("a"), table, new Block.KeyFigures(List.of(new Block.Figure("1", "a"))),
                    new Block.Chart(Block.ChartKind.BAR, "", "", List.of("a"), List.of(1.0), "0", "0", "", ""),
                    new Block.Chart(Block.ChartKind.PIE, "", "", List.of("a"), List.of(1.0), "0", "0", "", ""))),
                    OutputStream.nullOutputStream(), () -> false);
            XlsxWriter.write(new Workbook("", List.of(new Workbook.Sheet("a", List.of(new Workbook.Column("a", 5,
                    List.of("x"))), List.of(List.of(java.time.LocalDate.now()))))), OutputStream.nullOutputStream(),
                    () -> false);
            started.complete(null);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "Warm-up of the office writers failed; the first export loads them", e);
            started.completeExceptionally(e instanceof IOException io ? new UncheckedIOException(io) : e);
        }
    }
}
