package nl.mviwerkboek.spend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.mviwerkboek.exchange.CsvFormat;
import nl.mviwerkboek.shared.task.JobContext;
import nl.mviwerkboek.spend.parse.SpendField;
import nl.mviwerkboek.testsupport.TestExports;
import org.junit.jupiter.api.Test;

/** The wizard's state while its file is still being read (the wizard opens before the analysis), and after. */
class ImportWizardViewModelTest extends SpendPlanTest {

    @Test
    void aWizardWithoutItsAnalysisYetCannotImportAndFillsItselfFromTheAnalysis() throws Exception {
        Path file = Files.write(dir.resolve("crediteuren.csv"), TestExports.DUTCH_CSV.getBytes(CsvFormat.WINDOWS_1252));
        ImportWizardViewModel wizard = new ImportWizardViewModel();
        assertNull(wizard.analysisProperty().get());
        assertFalse(wizard.ready().get(), "nothing to import while the file is read");
        assertTrue(wizard.preview().isEmpty());
        List<Integer> columnsSeen = new ArrayList<>();
        wizard.analysisProperty().addListener((o, old, now) -> columnsSeen.add(wizard.columnNames().size()));

        ImportAnalysis analysis = spend.analyse(file, Optional.empty(), Optional.empty()).run(JobContext.silent());
        wizard.show(analysis);

        assertEquals(List.of(analysis.header().size()), columnsSeen,
                "who follows the analysis finds the columns of that analysis already");
        assertEquals(analysis.mapping().column(SpendField.AMOUNT).orElseThrow(),
                wizard.columnProperty(SpendField.AMOUNT).get());
        assertFalse(wizard.preview().isEmpty());
        assertTrue(wizard.ready().get());
    }
}
