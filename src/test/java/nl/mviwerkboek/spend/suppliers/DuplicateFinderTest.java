package nl.mviwerkboek.spend.suppliers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import nl.mviwerkboek.spend.parse.SupplierNames;
import org.junit.jupiter.api.Test;

class DuplicateFinderTest {

    private static Candidate c(long id, String name, String kvk, long cents) {
        return new Candidate(id, name, SupplierNames.normalise(name), kvk, cents);
    }

    @Test
    void caseAndLegalFormAreAlreadyOneSupplierAndAbbreviationsAndTyposAreSuggested() {
        assertEquals(SupplierNames.normalise("Bouwbedrijf De Vries B.V."),
                SupplierNames.normalise("BOUWBEDRIJF DE VRIES BV"));
        List<MergeSuggestion> found = DuplicateFinder.find(List.of(c(1, "Bouwbedrijf De Vries B.V.", null, 900),
                c(2, "Bouwbedr. de Vries", null, 100), c(3, "Bouwbderijf de Vries", null, 50),
                c(4, "Bouwbedrijf Jansen", null, 500)), Set.of());
        assertEquals(3, found.size(), found.toString());
        assertTrue(found.stream().allMatch(s -> s.score() >= DuplicateFinder.MIN_SCORE && s.score() < 1));
        assertTrue(found.stream().noneMatch(s -> s.firstId() == 4 || s.secondId() == 4));
        MergeSuggestion abbreviation = found.stream().filter(s -> s.secondId() == 2).findFirst().orElseThrow();
        assertEquals(1, abbreviation.firstId(), "the larger supplier is the one kept");
    }

    @Test
    void namesThatDifferOnlyInANumberAreDifferentAndCommonWordsDoNotLinkNames() {
        assertTrue(DuplicateFinder.find(List.of(c(1, "Locatie 1 Zorg", null, 1), c(2, "Locatie 12 Zorg", null, 1)),
                Set.of()).isEmpty());
        List<Candidate> many = new java.util.ArrayList<>();
        for (int i = 0; i < DuplicateFinder.COMMON_BLOCK + 10; i++) {
            many.add(c(i, "Leverancier " + i, null, 1));
        }
        many.add(c(10_000, "Schoonmaak Visser", null, 5));
        many.add(c(10_001, "Schoonmaak Vissser", null, 1));
        List<MergeSuggestion> found = DuplicateFinder.find(many, Set.of());
        assertEquals(1, found.size(), "only the typo pair: " + found);
    }

    @Test
    void differentKvkNumbersAndRejectedPairsAreNeverSuggested() {
        assertTrue(DuplicateFinder.find(List.of(c(1, "Groen Oost", "111", 1), c(2, "Groen Oostt", "222", 1)),
                Set.of()).isEmpty());
        assertTrue(DuplicateFinder.find(List.of(c(1, "Groen Oost", null, 1), c(2, "Groen Oostt", null, 1)),
                Set.of(DuplicateFinder.pairKey(2, 1))).isEmpty());
    }
}
