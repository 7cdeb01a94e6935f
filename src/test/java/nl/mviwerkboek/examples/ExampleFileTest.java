package nl.mviwerkboek.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.mviwerkboek.shared.db.PlanDatabase;
import nl.mviwerkboek.shared.i18n.UserProblem;
import nl.mviwerkboek.testsupport.TestPlans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exchanging the voorbeeldenbank with another municipality through a file. */
class ExampleFileTest {

    @TempDir
    Path dir;

    private static final Example CATERING = new Example(0, "Catering met seizoensproducten", "Waterschap De Polder",
            "Catering", "Milieu", "Gunning op biologisch", "45% biologisch", "Meet verspilling", "Facilitair",
            "https://example.org", true);

    @Test
    void anExportedBankIsImportedByAnotherPlanOnceAsSomeoneElsesExamples() throws Exception {
        Path file = dir.resolve("voorbeelden.csv");
        try (PlanDatabase ours = TestPlans.create(dir, "ons.mviplan")) {
            ExampleService service = new ExampleService(ours);
            service.save(CATERING).join();
            ExampleFile.write(file, service.list().join());
        }
        try (PlanDatabase theirs = TestPlans.create(dir, "buren.mviplan")) {
            ExampleService service = new ExampleService(theirs);
            ExampleService.Imported first = service.importFrom(file).join();
            assertEquals(1, first.added());
            Example read = first.bank().get(0);
            assertEquals("Catering met seizoensproducten", read.title());
            assertEquals("45% biologisch", read.result());
            assertEquals("https://example.org", read.link());
            assertTrue(!read.own(), "an imported example is someone else's");
            ExampleService.Imported again = service.importFrom(file).join();
            assertEquals(0, again.added());
            assertEquals(1, again.alreadyPresent());
        }
    }

    @Test
    void rowsWithoutATitleAreReportedWithTheirRowAndNothingIsAdded() throws Exception {
        Path file = Files.writeString(dir.resolve("kapot.csv"),
                "titel;organisatie\nGoed voorbeeld;Gemeente A\n;Gemeente B\n", java.nio.charset.StandardCharsets.UTF_8);
        UserProblem p = assertThrows(UserProblem.class, () -> ExampleFile.read(file));
        assertEquals("Voorbeeldenbestand niet ingelezen", p.title());
        assertTrue(p.detail().contains("kapot.csv") && p.detail().contains("Rij 3, kolom \"titel\""), p.detail());
        Path noHeader = Files.writeString(dir.resolve("anders.csv"), "naam;plaats\nx;y\n");
        UserProblem q = assertThrows(UserProblem.class, () -> ExampleFile.read(noHeader));
        assertTrue(q.detail().contains("geen kolom \"titel\""), q.detail());
    }

    @Test
    void searchWordsMustAllOccur() {
        assertTrue(CATERING.matches("catering BIOLOGISCH"));
        assertTrue(!CATERING.matches("catering wegen"));
        assertTrue(CATERING.matches(""));
    }

    @Test
    void titlesAreReadOnOneLineAndLongerTextsKeepTheirLineBreaks() throws Exception {
        Path file = Files.writeString(dir.resolve("rommelig.csv"), "titel;lessen;contact\n"
                + "\"Catering\r\nmet\tseizoen\u00A0\";\"Eerst meten.\r\nDan gunnen.\u200B\";\"Inkoop\rTeam\"\n",
                java.nio.charset.StandardCharsets.UTF_8);
        Example read = ExampleFile.read(file).get(0);
        assertEquals("Catering met seizoen", read.title());
        assertEquals("Eerst meten.\nDan gunnen.", read.lessons());
        assertEquals("Inkoop Team", read.contact());
    }
}
