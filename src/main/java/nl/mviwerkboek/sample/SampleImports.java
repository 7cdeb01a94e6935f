package nl.mviwerkboek.sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import nl.mviwerkboek.exchange.ImportFileException;
import nl.mviwerkboek.shared.task.JobContext;
import nl.mviwerkboek.spend.ImportAnalysis;
import nl.mviwerkboek.spend.ImportAnalyzer;
import nl.mviwerkboek.spend.SpendImporter;

/** Imports the sample exports shipped in the jar into a new sample plan, with automatic mapping. */
final class SampleImports {

    private SampleImports() {
    }

    /** Imports one shipped export (by file name) on the new plan's connection, inside its creation. */
    static void importInto(Connection c, String exportName, Path workFolder) throws SQLException {
        Path folder = workFolder.resolve(".voorbeeld-import");
        Path copy = folder.resolve(exportName);
        try (InputStream in = SamplePlan.class.getResourceAsStream("/nl/mviwerkboek/sample/data/" + exportName)) {
            if (in == null) {
                throw new IllegalStateException("Sample export missing from the jar: " + exportName);
            }
            Files.createDirectories(folder);
            Files.copy(in, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            ImportAnalysis analysis = new ImportAnalyzer(signature -> Optional.empty())
                    .analyse(copy, Optional.empty(), Optional.empty());
            if (!analysis.mapping().missing(false).isEmpty()) {
                throw new IllegalStateException("Sample export does not map itself: " + exportName);
            }
            new SpendImporter().run(c, analysis, null, JobContext.silent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ImportFileException e) {
            throw new IllegalStateException("Sample export cannot be read: " + exportName, e);
        } finally {
            try {
                Files.deleteIfExists(copy);
                Files.deleteIfExists(folder);
            } catch (IOException ignored) {
                // a leftover hidden copy is harmless
            }
        }
    }
}
