package nl.mviwerkboek.spend.groups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClassifierTest {

    private static LineFacts line(long supplier, String ledger, String ledgerText, String costCentre, String text) {
        return new LineFacts(supplier, "Leverancier " + supplier, ledger, ledgerText, costCentre, text, "F1",
                "2025-01-01", 100);
    }

    private static ClassificationRule rule(int position, RuleKind kind, String value, String to, long group) {
        return new ClassificationRule(position, position, kind, value, to, group);
    }

    @Test
    void keywordsAreFoundAsComparingEveryKeywordInOrderWould() {
        java.util.Random r = new java.util.Random(35);
        String letters = "abcdeéfgo n-";
        for (int round = 0; round < 200; round++) {
            List<ClassificationRule> rules = new java.util.ArrayList<>();
            for (int k = 0; k < 1 + r.nextInt(12); k++) {
                rules.add(rule(k, RuleKind.KEYWORD, random(r, letters, 1 + r.nextInt(5)), null, k + 1));
            }
            Classifier c = new Classifier(rules, Map.of(), Map.of(), Map.of(), Map.of());
            for (int n = 0; n < 50; n++) {
                String ledgerText = r.nextInt(4) == 0 ? null : random(r, letters, r.nextInt(30));
                String text = r.nextInt(4) == 0 ? null : random(r, letters, r.nextInt(40));
                String joined = Classifier.fold(ledgerText) + "\n" + Classifier.fold(text);
                Long expected = null;
                for (ClassificationRule rule : rules) {
                    if (joined.contains(Classifier.fold(rule.value()))) {
                        expected = rule.groupId();
                        break;
                    }
                }
                assertEquals(expected, c.classify(line(1, "4310", ledgerText, "", text)), rules + " / " + joined);
            }
        }
    }

    private static String random(java.util.Random r, String letters, int length) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sb.append(letters.charAt(r.nextInt(letters.length())));
        }
        return sb.toString();
    }

    @Test
    void theFirstMatchingRuleInOrderWins() {
        Classifier c = new Classifier(List.of(
                rule(0, RuleKind.KEYWORD, "openbare verlichting", null, 1),
                rule(1, RuleKind.KEYWORD, "onderhoud", null, 2),
                rule(2, RuleKind.LEDGER_PREFIX, "43", null, 3)), Map.of(), Map.of(), Map.of(), Map.of());
        assertEquals(1L, c.classify(line(1, "4330", "Onderhoud openbare verlichting", "", "")));
        assertEquals(2L, c.classify(line(1, "4310", "Onderhoud wegen", "", "")));
        assertEquals(3L, c.classify(line(1, "4390", "Diversen", "", "")));
        assertNull(c.classify(line(1, "4400", "Diversen", "", "")));
    }

    @Test
    void anExactLedgerRuleWinsOnlyWhenItComesFirst() {
        LineFacts road = line(1, "4310", "Onderhoud wegen", "210", "");
        Classifier keywordFirst = new Classifier(List.of(rule(0, RuleKind.KEYWORD, "onderhoud", null, 2),
                rule(1, RuleKind.LEDGER, "4310", null, 5), rule(2, RuleKind.COST_CENTRE, "210", null, 6)),
                Map.of(), Map.of(), Map.of(), Map.of());
        assertEquals(2L, keywordFirst.classify(road));
        Classifier ledgerFirst = new Classifier(List.of(rule(0, RuleKind.COST_CENTRE, "999", null, 6),
                rule(1, RuleKind.LEDGER, "4310", null, 5), rule(2, RuleKind.KEYWORD, "onderhoud", null, 2),
                rule(3, RuleKind.COST_CENTRE, "210", null, 7)), Map.of(), Map.of(), Map.of(), Map.of());
        assertEquals(5L, ledgerFirst.classify(road));
        Classifier costCentreFirst = new Classifier(List.of(rule(0, RuleKind.COST_CENTRE, "210", null, 7),
                rule(1, RuleKind.LEDGER, "4310", null, 5)), Map.of(), Map.of(), Map.of(), Map.of());
        assertEquals(7L, costCentreFirst.classify(road));
    }

    @Test
    void ledgerRulesCompareCodesExactlyByPrefixAndByRange() {
        Classifier c = new Classifier(List.of(
                rule(0, RuleKind.LEDGER, "4610", null, 1),
                rule(1, RuleKind.LEDGER_RANGE, "900", "1100", 2),
                rule(2, RuleKind.LEDGER_RANGE, "A10", "A20", 3)), Map.of(), Map.of(), Map.of(), Map.of());
        assertEquals(1L, c.classify(line(1, " 4610 ", null, null, null)));
        assertNull(c.classify(line(1, "46100", null, null, null)));
        assertEquals(2L, c.classify(line(1, "1000", null, null, null)), "numeric, not text order");
        assertEquals(2L, c.classify(line(1, "1100", null, null, null)), "upper end included");
        assertNull(c.classify(line(1, "1101", null, null, null)));
        assertEquals(3L, c.classify(line(1, "A15", null, null, null)));
    }

    @Test
    void keywordsIgnoreCaseAndAccentsInLedgerAndLineDescriptions() {
        Classifier c = new Classifier(List.of(rule(0, RuleKind.KEYWORD, "Créche", null, 7)),
                Map.of(), Map.of(), Map.of(), Map.of());
        assertEquals(7L, c.classify(line(1, null, null, null, "Opvang CRECHE de Zon")));
        assertEquals(7L, c.classify(line(1, null, "crèche", null, null)));
    }

    @Test
    void aSupplierAssignmentBeatsRulesAndALineAssignmentBeatsBoth() {
        List<ClassificationRule> rules = List.of(rule(0, RuleKind.LEDGER_PREFIX, "4", null, 1));
        LineFacts special = line(5, "4310", "", "", "Bijzondere factuur");
        Classifier c = new Classifier(rules, Map.of(5L, 2L), Map.of(special.lineKey(), 3L), Map.of(), Map.of());
        assertEquals(1L, c.classify(line(4, "4310", "", "", "")));
        assertEquals(2L, c.classify(line(5, "4310", "", "", "Gewone factuur")));
        assertEquals(3L, c.classify(special));
        assertEquals(Classifier.Source.LINE, c.decide(special).source());
    }

    @Test
    void aMergedSupplierFollowsTheAssignmentOfTheSupplierItWasMergedInto() {
        Classifier c = new Classifier(List.of(), Map.of(10L, 4L), Map.of(), Map.of(11L, 10L), Map.of());
        assertEquals(4L, c.classify(line(11, "1", "", "", "")));
    }

    @Test
    void supplierAndCostCentreRulesCompareNormalisedNames() {
        Classifier c = new Classifier(List.of(rule(0, RuleKind.SUPPLIER, "Bouwbedrijf De Vries B.V.", null, 1),
                rule(1, RuleKind.COST_CENTRE, "wegen", null, 2)), Map.of(), Map.of(), Map.of(),
                Map.of(9L, "bouwbedrijf de vries"));
        assertEquals(1L, c.classify(line(9, "", "", "", "")));
        assertEquals(2L, c.classify(line(8, "", "", "Wegen", "")));
    }

    @Test
    void theKeywordFilterNeverRulesOutATextThatContainsAKeyword() {
        KeywordFilter filter = new KeywordFilter(List.of("schoonmaak", "wegen", "ict"));
        org.junit.jupiter.api.Assertions.assertTrue(filter.mayMatch("onderhoud wegen\nfactuur 12"));
        org.junit.jupiter.api.Assertions.assertTrue(filter.mayMatch("\nict-hardware"));
        org.junit.jupiter.api.Assertions.assertFalse(filter.mayMatch("factuur 2025-1234\n"));
        org.junit.jupiter.api.Assertions.assertTrue(filter.mayMatch("Onderhoud WEGEN"), "any case");
        org.junit.jupiter.api.Assertions.assertTrue(filter.mayMatch("Créche"), "accents: compare to be safe");
        org.junit.jupiter.api.Assertions.assertTrue(new KeywordFilter(List.of("ab")).mayMatch("xyz"),
                "a keyword shorter than three letters turns the filter off");
    }
}
