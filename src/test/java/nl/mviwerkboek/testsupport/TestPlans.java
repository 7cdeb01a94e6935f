package nl.mviwerkboek.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.mviwerkboek.plan.OrganisationType;
import nl.mviwerkboek.plan.PlanFiles;
import nl.mviwerkboek.plan.PlanProfile;
import nl.mviwerkboek.plan.ThemeSet;
import nl.mviwerkboek.sample.SamplePlan;
import nl.mviwerkboek.shared.db.PlanDatabase;
import nl.mviwerkboek.shared.db.PlanFileException;

/** Real plan files in a test's temporary folder. */
public final class TestPlans {

    private TestPlans() {
    }

    /** Plan files whose backups go to {@code dir/backups}. */
    public static PlanFiles files(Path dir) {
        try {
            return new PlanFiles(Files.createDirectories(dir.resolve("backups")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new plan for "Testgemeente" 2026–2029 with the Manifest 2022 themes. */
    public static PlanDatabase create(Path dir, String fileName) throws PlanFileException {
        return files(dir).create(dir.resolve(fileName),
                PlanProfile.of("Testgemeente", OrganisationType.GEMEENTE, 2026, 2029, ThemeSet.MANIFEST_2022));
    }

    /** A new sample plan (a copy of the prebuilt one, as the app makes it). */
    public static PlanDatabase sample(Path dir, String fileName) throws PlanFileException {
        return SamplePlan.open(dir.resolve(fileName), files(dir));
    }
}
