package nl.mviwerkboek.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import nl.mviwerkboek.spend.parse.SpendField;
import org.junit.jupiter.api.Test;

/** The {@code --mapping} file is strict JSON read by Jackson (issue 16, item 16). */
class MappingFileTest {

    private static final List<String> HEADER = List.of("Crediteur", "Datum", "Bedrag", "Plaats België");

    private static String refused(String json) {
        return assertThrows(MappingFile.MappingProblem.class, () -> MappingFile.parse(json, HEADER)).getMessage();
    }

    @Test
    void namesAndNumbersFromOneGiveColumns() {
        assertEquals(Map.of(SpendField.SUPPLIER, 0, SpendField.AMOUNT, 2, SpendField.DATE, 1),
                MappingFile.parse("{\"supplier\": \"crediteur\", \"amount\": 3, \"date\": \"Datum\"}", HEADER)
                        .columns());
    }

    @Test
    void fieldNamesAreAcceptedInAnyCaseAsTheReadmeSays() {
        assertEquals(Map.of(SpendField.SUPPLIER, 0, SpendField.COST_CENTRE, 3),
                MappingFile.parse("{\"Supplier\": 1, \"COST_CENTRE\": 4}", HEADER).columns());
    }

    @Test
    void unicodeEscapesAreDecoded() {
        assertEquals(Map.of(SpendField.CITY, 3),
                MappingFile.parse("{\"city\": \"Plaats Belgi\\u00eb\"}", HEADER).columns());
        assertEquals(Map.of(SpendField.CITY, 3), MappingFile.parse(
                "{\"city\": \"Plaats België\"}".getBytes(StandardCharsets.UTF_16), HEADER).columns(),
                "UTF-16 with a BOM is read too");
    }

    @Test
    void aFractionOrAnotherTypeOfValueIsRefusedNamingTheField() {
        String fraction = refused("{\"supplier\": 1, \"amount\": 3.5}");
        assertTrue(fraction.contains("\"amount\"") && fraction.contains("3.5")
                && fraction.contains("van 1 tot en met 4 (een heel getal)"), fraction);
        assertTrue(refused("{\"amount\": true}").contains("niet true"));
        assertTrue(refused("{\"amount\": [3]}").contains("\"amount\""));
        assertTrue(refused("{\"amount\": null}").contains("niet null"));
        assertTrue(refused("{\"amount\": 0}").contains("niet 0"), "columns count from 1");
        assertTrue(refused("{\"amount\": 5}").contains("niet 5"), "past the last column");
    }

    @Test
    void unknownFieldsAndFieldsGivenTwiceAreRefused() {
        String unknown = refused("{\"leverancier\": 1}");
        assertTrue(unknown.contains("Het veld \"leverancier\" bestaat niet")
                && unknown.contains("supplier, supplier_number, amount, date"), unknown);
        assertTrue(refused("{\"supplier\": 1, \"Supplier\": 2}").contains("twee keer"));
        assertTrue(refused("{\"supplier\": 1, \"supplier\": 2}").contains("\"supplier\""));
    }

    @Test
    void anythingButOneStrictJsonObjectIsRefused() {
        assertTrue(refused("supplier: Crediteur, amount: 3").contains("geen geldige JSON (fout in regel 1"));
        assertTrue(refused("{\"supplier\": 1} {\"amount\": 3}").contains("geen geldige JSON"));
        assertTrue(refused("{'supplier': 1}").contains("geen geldige JSON"));
        assertTrue(refused("{\"supplier\": 1,}").contains("geen geldige JSON"));
        assertTrue(refused("{\"supplier\": 1,\n \"amount\": 3 // bedrag\n}").contains("regel 2"));
        assertTrue(refused("[\"supplier\", 1]").contains("geen JSON-object"));
        assertTrue(refused("").contains("geen JSON-object"));
    }

    @Test
    void aColumnNameNotInTheHeaderIsNamed() {
        String m = refused("{\"supplier\": \"Naam\"}");
        assertTrue(m.contains("de kolom \"Naam\" (bij \"supplier\") staat niet in de kopregel")
                && m.contains("Crediteur | Datum"), m);
    }
}
