package nl.mviwerkboek.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.mviwerkboek.exchange.docx.DocxWriter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Loads the Word and Excel writing code once, on a background thread, before it is needed: the first
 * document in a fresh program spends most of its time loading POI's classes and schemas. Started when the
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
        try (InputStream template = DocxWriter.class.getResourceAsStream(DocxWriter.TEMPLATE);
             XWPFDocument doc = new XWPFDocument(template);
             XSSFWorkbook book = new XSSFWorkbook()) {
            doc.createParagraph().createRun().setText("");
            book.createSheet().createRow(0).createCell(0).setCellValue(0);
            doc.write(OutputStream.nullOutputStream());
            book.write(OutputStream.nullOutputStream());
            started.complete(null);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "Warm-up of the office writers failed; the first export loads them", e);
            started.completeExceptionally(e instanceof IOException io ? new UncheckedIOException(io) : e);
        }
    }
}
