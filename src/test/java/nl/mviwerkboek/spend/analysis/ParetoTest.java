package nl.mviwerkboek.spend.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParetoTest {

    private static SupplierSpend s(long id, long cents) {
        return new SupplierSpend(id, "L" + id, null, null, null, null, 1, cents);
    }

    @Test
    void classesFollowTheShareOfTheSuppliersRankedAbove() {
        // 40, 30, 15, 10, 5 of 100: A starts below 50 %, B below 80 %, C below 95 %
        Pareto.Result r = Pareto.analyse(List.of(s(1, 4000), s(2, 3000), s(3, 1500), s(4, 1000), s(5, 500)));
        assertEquals(AbcClass.A, r.classOf().get(1L));
        assertEquals(AbcClass.A, r.classOf().get(2L), "starts at 40 %");
        assertEquals(AbcClass.B, r.classOf().get(3L), "starts at 70 %");
        assertEquals(AbcClass.C, r.classOf().get(4L), "starts at 85 %");
        assertEquals(AbcClass.D, r.classOf().get(5L), "starts at 95 %");
        assertEquals(0.6, r.supplierShareFor80(), 1e-9, "3 of 5 suppliers reach 85 %");
    }

    @Test
    void exactBoundariesGoToTheNextClass() {
        Pareto.Result r = Pareto.analyse(List.of(s(1, 50), s(2, 30), s(3, 15), s(4, 5)));
        assertEquals(AbcClass.A, r.classOf().get(1L));
        assertEquals(AbcClass.B, r.classOf().get(2L), "starts at exactly 50 %");
        assertEquals(AbcClass.C, r.classOf().get(3L), "starts at exactly 80 %");
        assertEquals(AbcClass.D, r.classOf().get(4L), "starts at exactly 95 %");
    }

    @Test
    void suppliersWithEqualSpendShareAClass() {
        Pareto.Result r = Pareto.analyse(List.of(s(1, 45), s(2, 20), s(3, 20), s(4, 15)));
        assertEquals(AbcClass.A, r.classOf().get(2L));
        assertEquals(AbcClass.A, r.classOf().get(3L), "same spend as a supplier that starts at 45 %");
    }

    @Test
    void creditNotesThatCancelSpendPutASupplierInDAndOutOfTheShares() {
        Pareto.Result r = Pareto.analyse(List.of(s(1, 100), s(2, 0), s(3, -50)));
        assertEquals(AbcClass.A, r.classOf().get(1L));
        assertEquals(AbcClass.D, r.classOf().get(2L));
        assertEquals(AbcClass.D, r.classOf().get(3L));
        Pareto.ClassTotals d = r.classes().get(3);
        assertEquals(2, d.suppliers());
        assertEquals(-50, d.cents());
        assertEquals(1.0, r.supplierShareFor80(), 1e-9);
        assertEquals(1.0, r.curve().get(r.curve().size() - 1).spendShare(), 1e-9);
    }

    @Test
    void noSpendGivesEmptyClasses() {
        Pareto.Result r = Pareto.analyse(List.of());
        assertEquals(4, r.classes().size());
        assertEquals(0, r.classes().stream().mapToLong(Pareto.ClassTotals::suppliers).sum());
    }
}
