package nl.mviwerkboek.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import nl.mviwerkboek.monitoring.ShareChannel;
import nl.mviwerkboek.monitoring.Success;
import nl.mviwerkboek.monitoring.SuccessService;
import nl.mviwerkboek.shared.db.PlanDatabase;
import nl.mviwerkboek.testsupport.TestPlans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SWOT, "Waarom niet?" and the successes, stored in a real plan file and read back after reopening. */
class SupportStorageTest {

    @TempDir
    Path dir;

    @Test
    void swotObjectionsAndSuccessesSurviveReopeningTheFile() throws Exception {
        Path file;
        try (PlanDatabase db = TestPlans.create(dir, "plan.mviplan")) {
            file = db.file();
            SupportService support = new SupportService(db);
            support.add(new SwotItem(0, SwotQuadrant.KANS, "Regionale samenwerking")).join();
            support.add(new SwotItem(0, SwotQuadrant.STERKTE, "Wethouder is opdrachtgever")).join();
            SupportPicture p = support.add(new SwotItem(0, SwotQuadrant.KANS, "Contracten lopen af")).join();
            assertEquals(List.of("Regionale samenwerking", "Contracten lopen af"),
                    p.in(SwotQuadrant.KANS).stream().map(SwotItem::text).toList(), "in the order added");
            SwotItem first = p.in(SwotQuadrant.KANS).get(0);
            support.update(new SwotItem(first.id(), first.quadrant(), "Regionale inkoopsamenwerking")).join();
            support.delete(p.in(SwotQuadrant.STERKTE).get(0)).join();
            Objection o = support.add(new Objection(0, "Duurzaam is duurder", "")).join().objections().get(0);
            support.update(new Objection(o.id(), o.reason(), "Reken met de kosten over de looptijd")).join();
            new SuccessService(db).save(new Success(0, LocalDate.of(2026, 5, 15), "Leerlingenvervoer emissievrij",
                    "40 ton CO2", EnumSet.of(ShareChannel.RAAD, ShareChannel.INTRANET), "Raadsbrief")).join();
        }
        try (PlanDatabase db = TestPlans.files(dir).open(file)) {
            SupportPicture p = new SupportService(db).picture().join();
            assertEquals(List.of(new SwotItem(p.swot().get(0).id(), SwotQuadrant.KANS, "Regionale inkoopsamenwerking"),
                    new SwotItem(p.swot().get(1).id(), SwotQuadrant.KANS, "Contracten lopen af")), p.swot());
            assertEquals("Reken met de kosten over de looptijd", p.objections().get(0).answer());
            Success s = new SuccessService(db).list().join().get(0);
            assertEquals(EnumSet.of(ShareChannel.INTRANET, ShareChannel.RAAD), s.channels());
            assertEquals("Intranet, Gemeenteraad; Raadsbrief", s.sharedText());
            assertTrue(new SuccessService(db).delete(s).join().isEmpty());
        }
    }
}
