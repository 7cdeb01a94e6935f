package nl.mviwerkboek.spend.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MappingAndHeadersTest {

    @ParameterizedTest(name = "\"{0}\" suggests {1}")
    @CsvSource(delimiter = '|', value = {
        "Leverancier            | SUPPLIER",
        "Crediteurnaam          | SUPPLIER",
        "NAAM                   | SUPPLIER",
        "Supplier Name          | SUPPLIER",
        "Vendor                 | SUPPLIER",
        "Beneficiary            | SUPPLIER",
        "Payee                  | SUPPLIER",
        "Bedrag excl. BTW       | AMOUNT",
        "Netto bedrag           | AMOUNT",
        "Amount                 | AMOUNT",
        "Net Amount             | AMOUNT",
        "Factuurdatum           | DATE",
        "Boekdatum              | DATE",
        "Payment Date           | DATE",
        "Paid date              | DATE",
        "Transaction Date       | DATE",
        "Grootboekrekening      | LEDGER_CODE",
        "Kostensoort            | LEDGER_CODE",
        "Expense Code           | LEDGER_CODE",
        "Kostenplaats           | COST_CENTRE",
        "Cost Centre            | COST_CENTRE",
        "Service Area           | COST_CENTRE",
        "Omschrijving           | DESCRIPTION",
        "Narrative              | DESCRIPTION",
        "KvK-nummer             | KVK",
        "Company Number         | KVK",
        "BTW-nummer             | VAT_NUMBER",
        "VAT number             | VAT_NUMBER",
        "Postcode               | POSTCODE",
        "Factuurnummer          | INVOICE_NUMBER",
        "Transaction Number     | INVOICE_NUMBER",
        "Crediteurnummer        | SUPPLIER_NUMBER",
        "Plaats                 | CITY",
    })
    void singleHeaderSuggestsItsField(String header, SpendField field) {
        assertEquals(Map.of(field, 0), MappingSuggester.suggest(List.of(header)));
    }

    @Test
    void typicalDutchExportMapsEveryColumnOnce() {
        List<String> headers = List.of("Crediteurnummer", "Crediteurnaam", "KvK-nummer", "Factuurnummer",
                "Factuurdatum", "Grootboekrekening", "Omschrijving grootboekrekening", "Kostenplaats",
                "Bedrag excl. BTW", "Bedrag incl. BTW", "Omschrijving");
        Map<SpendField, Integer> m = MappingSuggester.suggest(headers);
        assertEquals(0, m.get(SpendField.SUPPLIER_NUMBER));
        assertEquals(1, m.get(SpendField.SUPPLIER));
        assertEquals(2, m.get(SpendField.KVK));
        assertEquals(3, m.get(SpendField.INVOICE_NUMBER));
        assertEquals(4, m.get(SpendField.DATE));
        assertEquals(5, m.get(SpendField.LEDGER_CODE));
        assertEquals(6, m.get(SpendField.LEDGER_DESCRIPTION));
        assertEquals(7, m.get(SpendField.COST_CENTRE));
        assertEquals(8, m.get(SpendField.AMOUNT), "excl. VAT wins over incl. VAT");
        assertEquals(10, m.get(SpendField.DESCRIPTION));
    }

    @Test
    void aSupplierHeaderOverCodesIsTheSupplierNumber() {
        List<String> headers = List.of("Crediteur", "Naam", "Boekdatum", "Netto bedrag");
        assertEquals(0, MappingSuggester.suggest(headers).get(SpendField.SUPPLIER), "by header alone");
        Map<SpendField, Integer> m = MappingSuggester.suggest(headers, java.util.Set.of(0));
        assertEquals(0, m.get(SpendField.SUPPLIER_NUMBER));
        assertEquals(1, m.get(SpendField.SUPPLIER));
        assertTrue(MappingSuggester.looksLikeCodes(List.of("K50731", "K65967", "", "120034")));
        assertFalse(MappingSuggester.looksLikeCodes(List.of("Groen BV", "K1234", "Drukkerij Noord")));
    }

    @Test
    void headerRowIsFoundBelowATitleBlock() {
        List<List<String>> rows = List.of(
                List.of("Crediteurenoverzicht Voorbeeldgemeente", "", ""),
                List.of("Periode:", "01-01-2025 t/m 31-12-2025", ""),
                List.of("", "", ""),
                List.of("Leverancier", "Datum", "Bedrag"),
                List.of("Groenbedrijf B.V.", "03-01-2025", "1.234,56"));
        assertEquals(3, HeaderDetector.detect(rows));
    }

    @Test
    void supplierNamesIgnoreCaseLegalFormsAndPunctuation() {
        String expected = "bouwbedrijf de vries";
        for (String variant : List.of("Bouwbedrijf De Vries B.V.", "BOUWBEDRIJF DE VRIES BV", "bouwbedrijf de vries",
                "Bouwbedrijf  de Vries, b.v.", "Bouwbedrijf De Vries N.V.")) {
            assertEquals(expected, SupplierNames.normalise(variant), variant);
        }
        assertEquals("schoonmaak en zo", SupplierNames.normalise("Stichting Schoonmaak & Zo V.O.F."));
        assertEquals("cafe de gouden leeuw", SupplierNames.normalise("Café De Gouden Leeuw"));
        assertEquals("acme services", SupplierNames.normalise("ACME Services Ltd."));
    }

    @Test
    void rowKindsFindTotalsBlanksErrorsAndRepeatedHeaders() {
        assertTrue(RowKinds.isTotal(List.of("", "Totaal", "", "12.345,00")));
        assertTrue(RowKinds.isTotal(List.of("Subtotaal kostenplaats 100", "", "1,00")));
        assertTrue(RowKinds.isTotal(List.of("Grand Total", "", "1.00")));
        assertTrue(RowKinds.isTotal(List.of("Totaal:", "", "1,00")));
        assertTrue(RowKinds.isTotal(List.of("K1234", "Totaal kostenplaats 200", "1,00")));
        assertFalse(RowKinds.isTotal(List.of("Totaalbouw B.V.", "03-01-2025", "1,00")));
        assertFalse(RowKinds.isTotal(List.of("TotalEnergies Marketing Nederland N.V.", "03-01-2025", "1,00")));
        assertTrue(RowKinds.isBlank(List.of("", " ", "#N/B")));
        assertTrue(RowKinds.isErrorValue("#WAARDE!"));
        assertFalse(RowKinds.isErrorValue("N/B"));
        assertTrue(RowKinds.isRepeatedHeader(List.of("Leverancier", "Datum"), List.of("leverancier", "DATUM")));
        assertFalse(RowKinds.isRepeatedHeader(List.of("Groen BV", "Datum"), List.of("Leverancier", "Datum")));
    }
}
