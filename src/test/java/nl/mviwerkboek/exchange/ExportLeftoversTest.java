package nl.mviwerkboek.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a killed export left beside its target is removed when the next export to that folder starts:
 * only hidden {@code .NAME.<number>.part} files older than an hour (ADR 0028).
 */
class ExportLeftoversTest {

    @TempDir
    Path dir;

    @Test
    void aCsvExportRemovesStaleHiddenPartsBesideItsTargetAndNothingElse() throws Exception {
        Path killed = aged(dir.resolve(".Afwijkingen.csv.8123456789.part"), Duration.ofHours(2));
        Path killedNegative = aged(dir.resolve(".Werkboek.xlsx.-42.part"), Duration.ofHours(3));
        Path running = aged(dir.resolve(".Groot.xlsx.99.part"), Duration.ofMinutes(20)); // another app still builds it
        Path users = aged(dir.resolve("mijn.part"), Duration.ofDays(2));
        Path usersHidden = aged(dir.resolve(".notities.part"), Duration.ofDays(2));
        Path otherPattern = aged(dir.resolve(".plan.mviplan.part"), Duration.ofDays(2));

        Path target = dir.resolve("afwijkingen.csv");
        CsvReport.write(target, List.of("Regel", "Fout"), List.of(List.of("3", "Geen bedrag")));

        assertFalse(Files.exists(killed));
        assertFalse(Files.exists(killedNegative));
        assertTrue(Files.exists(running), "younger than an hour: perhaps still being written");
        assertTrue(Files.exists(users) && Files.exists(usersHidden) && Files.exists(otherPattern), "not ours");
        assertEquals("\uFEFFRegel;Fout\r\n3;Geen bedrag\r\n", Files.readString(target, StandardCharsets.UTF_8));
        try (var left = Files.list(dir)) {
            assertEquals(5, left.count(), "the target and the files that are kept; no hidden file of this export");
        }
    }

    @Test
    void aCsvExportThatFailsLeavesTheTargetAsItWas() throws Exception {
        Path target = Files.writeString(dir.resolve("regels.csv"), "oud");
        List<List<String>> rows = new java.util.ArrayList<>();
        rows.add(null); // fails half-way through the rows
        try {
            CsvReport.write(target, List.of("Regel"), rows);
        } catch (RuntimeException expected) {
            // the write failed
        }
        assertEquals("oud", Files.readString(target));
        try (var left = Files.list(dir)) {
            assertEquals(1, left.count(), "no hidden file left");
        }
    }

    private static Path aged(Path file, Duration age) throws IOException {
        Files.writeString(file, "half");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(age)));
        return file;
    }
}
