package nl.mviwerkboek.testsupport;

/** Realistic small exports for tests: the problems real files have, in a few lines. */
public final class TestExports {

    /** A Dutch CSV: title block, credit note, name variants, KvK, blank and repeated header rows, errors, totals. */
    public static final String DUTCH_CSV = String.join("\n",
            "Crediteurenoverzicht Voorbeeldgemeente",
            "Periode: 01-01-2025 t/m 31-12-2025;;;;",
            "",
            "Crediteurnaam;KvK-nummer;Factuurdatum;Grootboekrekening;Kostenplaats;Bedrag excl. BTW;Omschrijving",
            "Bouwbedrijf De Vries B.V.;12345678;03-01-2025;4310;Wegen;12.500,00;Herstel fietspad",
            "BOUWBEDRIJF DE VRIES BV;;15-02-2025;4310;Wegen;(1.250,00);Creditnota",
            "Groen & Zo;;28-02-2025;4320;Groen;€ 3.400,50;Maaien",
            "Groenvoorziening Oost;87654321;31-03-2025;4320;Groen;800,00;Snoeien",
            "Groenvoorziening Oost B.V.;87654321;30-04-2025;4320;Groen;200,00;Snoeien",
            ";;;;;;",
            "Crediteurnaam;KvK-nummer;Factuurdatum;Grootboekrekening;Kostenplaats;Bedrag excl. BTW;Omschrijving",
            "#N/B;;01-05-2025;4400;ICT;99,00;Onbekend",
            "Schoonmaak Partners;;31-12-2024;4500;Facilitair;#WAARDE!;Fout in bron",
            "Totaal;;;;;14.750,50;") + "\n";

    private TestExports() {
    }
}
