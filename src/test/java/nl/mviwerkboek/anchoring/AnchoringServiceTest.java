package nl.mviwerkboek.anchoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import nl.mviwerkboek.plan.Involvement;
import nl.mviwerkboek.plan.Stakeholder;
import nl.mviwerkboek.plan.StakeholderRole;
import nl.mviwerkboek.plan.StakeholderService;
import nl.mviwerkboek.shared.db.PlanDatabase;
import nl.mviwerkboek.testsupport.TestPlans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnchoringServiceTest {

    @TempDir
    Path dir;

    @Test
    void aNewPlanHasEveryStandardMeasureOpenAndOwnItemsCanBeAddedAndRemoved() throws Exception {
        try (PlanDatabase db = TestPlans.create(dir, "plan.mviplan")) {
            AnchoringService service = new AnchoringService(db);
            AnchoringPicture p = service.picture().join();
            assertEquals(Arrays.asList(AnchoringMeasure.values()), p.items().stream().map(AnchoringItem::measure).toList());
            assertEquals(new AnchoringCounts(10, 0, 10), AnchoringCounts.of(p.items()));
            assertEquals("MVI opgenomen in het inkoop- en aanbestedingsbeleid", p.items().get(0).displayTitle());

            Stakeholder owner = new StakeholderService(db).add(new Stakeholder(0, "Marco", StakeholderRole.INKOOPCOORDINATOR,
                    "", Involvement.UITVOEREN, "", "")).join();
            AnchoringItem done = p.items().get(0).with(AnchoringStatus.GEREGELD, owner.id(), "Besluit college 12-3",
                    LocalDate.of(2026, 3, 12));
            p = service.save(done).join();
            assertEquals(done, p.items().get(0));
            p = service.save(p.items().get(9).with(AnchoringStatus.NVT, null, "", null)).join();
            p = service.add("  MVI in de inkoopnieuwsbrief ").join();
            AnchoringItem own = p.items().get(10);
            assertEquals("MVI in de inkoopnieuwsbrief", own.displayTitle());
            assertNull(own.measure());
            assertEquals(new AnchoringCounts(11, 1, 9), AnchoringCounts.of(p.items()));

            p = service.delete(p.items().get(0)).join();
            assertEquals(11, p.items().size(), "standard measures stay");
            p = service.delete(own).join();
            assertEquals(List.of(), p.items().stream().filter(i -> i.measure() == null).toList());
        }
    }
}
