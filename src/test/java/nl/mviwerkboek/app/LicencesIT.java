package nl.mviwerkboek.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every library the packaged app ships (target/lib) is named with its licence in Help > Over MVI Werkboek. */
class LicencesIT {

    @Test
    void everyShippedLibraryIsInTheLicenceList() throws Exception {
        String listed = String.join("\n", AboutDialog.libraries().stream().map(AboutDialog.Library::name).toList());
        List<String> artifacts;
        try (Stream<Path> jars = Files.list(Path.of("target", "lib"))) {
            artifacts = jars.map(p -> p.getFileName().toString())
                    .map(n -> n.replaceAll("-\\d[^-]*(-linux|-win|-mac|-mac-aarch64)?\\.jar$", "")).distinct().toList();
        }
        assertTrue(artifacts.size() > 10, "the libraries were copied to target/lib: " + artifacts);
        for (String artifact : artifacts) {
            assertTrue(listed.contains(artifact), artifact + " is missing from app/licences.txt");
        }
    }
}
