package nl.mviwerkboek.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import nl.mviwerkboek.shared.db.PlanDatabase;
import nl.mviwerkboek.spend.ImportAnalysis;
import nl.mviwerkboek.spend.SpendService;
import nl.mviwerkboek.shared.task.JobContext;
import nl.mviwerkboek.spend.groups.GroupsService;
import nl.mviwerkboek.spend.groups.ProductGroup;
import nl.mviwerkboek.spend.groups.RuleKind;

/** Spend lines in a test plan: a generated CSV export imported the way the app does, in three product groups by ledger rules. */
public final class TestSpend {

    private TestSpend() {
    }

    /** Imports {@code lines} lines over 50 suppliers and four ledger accounts, three of them mapped to a product group. */
    public static void importLines(PlanDatabase db, Path dir, int lines) throws Exception {
        GroupsService groups = new GroupsService(db);
        List<ProductGroup> catalogue = groups.groups().join();
        for (int k = 0; k < 3; k++) {
            groups.addRule(RuleKind.LEDGER, String.valueOf(4300 + k), null, catalogue.get(k).id()).join();
        }
        StringBuilder csv = new StringBuilder("Crediteurnaam;Factuurdatum;Grootboekrekening;Bedrag;Factuurnummer\n");
        for (int i = 0; i < lines; i++) {
            csv.append("Leverancier ").append(i % 50).append(" B.V.;").append(String.format("%02d-03-2025", 1 + i % 28))
                    .append(';').append(4300 + i % 4).append(';').append(100 + i % 997).append(",25;F").append(i).append('\n');
        }
        Path file = Files.writeString(dir.resolve("spend-" + System.nanoTime() + ".csv"), csv);
        SpendService spend = new SpendService(db);
        ImportAnalysis analysis = spend.analyse(file, Optional.empty(), Optional.empty()).run(JobContext.silent());
        spend.importJob(analysis, null).run(JobContext.silent());
    }
}
