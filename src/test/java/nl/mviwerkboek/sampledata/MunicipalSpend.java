package nl.mviwerkboek.sampledata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/** Fictional but believable spend of a municipality of 35,000 inhabitants: suppliers, ledger accounts, invoices. */
final class MunicipalSpend {

    /** A ledger account with its cost centre, typical invoice size and how many suppliers it has. */
    record Ledger(String code, String name, String costCentre, String costCentreName, double typicalEuros,
                  int suppliers, String[] trades) {
    }

    /** A supplier: its registered name, KvK number (or null), postcode, town and ledger account. */
    record Supplier(String name, String kvk, String postcode, String city, Ledger ledger, double weight) {
    }

    /** One invoice line as an export prints it. */
    record Line(Supplier supplier, String printedName, LocalDate date, long cents, String invoiceNumber,
                String description) {
    }

    static final List<Ledger> LEDGERS = List.of(
            new Ledger("4310", "Onderhoud wegen", "210", "Wegen en verkeer", 14_000, 60,
                    new String[] {"Wegenbouw", "Bestratingsbedrijf", "Infra", "Grondwerken"}),
            new Ledger("4320", "Groenonderhoud", "220", "Openbaar groen", 4_500, 90,
                    new String[] {"Groenvoorziening", "Hoveniersbedrijf", "Boomverzorging"}),
            new Ledger("4330", "Openbare verlichting", "210", "Wegen en verkeer", 7_000, 15,
                    new String[] {"Lichttechniek", "Installatiebedrijf"}),
            new Ledger("4410", "Inhuur personeel", "900", "Bedrijfsvoering", 9_500, 120,
                    new String[] {"Detachering", "Interim Management", "Uitzendbureau"}),
            new Ledger("4420", "Advieskosten", "900", "Bedrijfsvoering", 6_000, 160,
                    new String[] {"Adviesbureau", "Ingenieursbureau", "Advocaten", "Consultancy"}),
            new Ledger("4510", "Software en licenties", "910", "ICT", 3_800, 70,
                    new String[] {"Software", "IT Solutions", "Cloud Services"}),
            new Ledger("4520", "ICT-hardware", "910", "ICT", 2_200, 30,
                    new String[] {"Computers", "Kantoorautomatisering"}),
            new Ledger("4610", "Schoonmaak", "920", "Huisvesting", 3_000, 20,
                    new String[] {"Schoonmaakbedrijf", "Schoonmaakdiensten"}),
            new Ledger("4620", "Catering", "920", "Huisvesting", 650, 45,
                    new String[] {"Catering", "Lunchroom", "Bakkerij", "Traiteur", "Eetcafé"}),
            new Ledger("4630", "Kantoorartikelen", "920", "Huisvesting", 280, 60,
                    new String[] {"Kantoorvakhandel", "Papierwaren"}),
            new Ledger("4640", "Drukwerk", "930", "Communicatie", 900, 45,
                    new String[] {"Drukkerij", "Reclamebureau", "Grafisch Bureau"}),
            new Ledger("4710", "Jeugdzorg", "610", "Sociaal domein - Jeugd", 2_600, 260,
                    new String[] {"Jeugdhulp", "Zorggroep", "Orthopedagogisch Centrum", "Gezinsbegeleiding", "Crèche"}),
            new Ledger("4720", "Wmo-voorzieningen", "620", "Sociaal domein - Wmo", 1_300, 230,
                    new String[] {"Thuiszorg", "Zorg", "Hulpmiddelen", "Dagbesteding"}),
            new Ledger("4730", "Leerlingenvervoer", "630", "Onderwijs", 4_200, 20,
                    new String[] {"Taxi", "Touringcars", "Zorgvervoer"}),
            new Ledger("4810", "Afvalinzameling", "710", "Afval", 11_000, 25,
                    new String[] {"Afvalservice", "Recycling", "Containerdienst"}),
            new Ledger("4820", "Energie", "920", "Huisvesting", 5_500, 12,
                    new String[] {"Energie", "Energiediensten"}),
            new Ledger("4910", "Onderhoud gebouwen", "920", "Huisvesting", 3_400, 150,
                    new String[] {"Bouwbedrijf", "Installatietechniek", "Schildersbedrijf", "Dakdekkersbedrijf",
                            "Loodgietersbedrijf"}),
            new Ledger("4920", "Sport en recreatie", "520", "Sport", 1_800, 70,
                    new String[] {"Sportvoorzieningen", "Zwembadtechniek", "Kunstgras"}),
            new Ledger("4930", "Cultuur en evenementen", "530", "Cultuur", 1_200, 90,
                    new String[] {"Evenementen", "Theaterproducties", "Muziekschool"}));

    private static final String[] NAMES = {"De Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "De Boer",
        "Mulder", "De Groot", "Bos", "Vos", "Peters", "Hendriks", "Van Dijk", "Dekker", "Brouwer", "Van der Berg",
        "Kok", "Jacobs", "Vermeulen", "Van Leeuwen", "Kuipers", "Koster", "Prins", "Huisman", "Peeters", "Post",
        "Willems", "Van Wijk", "Schouten", "Hoekstra", "Van den Broek", "Noord", "Oost", "Zuid", "West", "Regio",
        "Delta", "Polder", "IJssel", "Kempen", "Veluwe", "Horizon", "Zonnebloem", "Duurzaam", "Samen", "Vitaal"};
    private static final String[] TOWNS = {"Voorbeeldstad", "Amersfoort", "Utrecht", "Zwolle", "Apeldoorn",
        "Deventer", "Ede", "Arnhem", "Den Haag", "Rotterdam", "Amsterdam", "Eindhoven", "Breda", "Groningen"};
    private static final String[] FORMS = {" B.V.", " B.V.", " B.V.", " BV", " V.O.F.", "", " N.V.", ""};

    private MunicipalSpend() {
    }

    /** About {@code count} suppliers over all ledger accounts, with a skewed weight (a few get most). */
    static List<Supplier> suppliers(Random random, int count) {
        int planned = LEDGERS.stream().mapToInt(Ledger::suppliers).sum();
        List<Supplier> result = new ArrayList<>();
        java.util.Set<String> used = new java.util.HashSet<>();
        for (Ledger ledger : LEDGERS) {
            int n = Math.max(3, ledger.suppliers() * count / planned);
            for (int i = 0; i < n; i++) {
                String name;
                do {
                    String trade = ledger.trades()[random.nextInt(ledger.trades().length)];
                    String family = NAMES[random.nextInt(NAMES.length)];
                    boolean foundation = ledger.code().startsWith("47") && random.nextInt(3) == 0;
                    name = foundation ? "Stichting " + trade + " " + family : trade + " " + family
                            + FORMS[random.nextInt(FORMS.length)];
                } while (!used.add(name.toLowerCase(Locale.ROOT)));
                String kvk = random.nextInt(10) < 6 ? String.valueOf(10_000_000 + random.nextInt(89_999_999)) : null;
                String town = random.nextInt(3) == 0 ? "Voorbeeldstad" : TOWNS[random.nextInt(TOWNS.length)];
                String postcode = (1000 + random.nextInt(8999)) + " " + (char) ('A' + random.nextInt(26))
                        + (char) ('A' + random.nextInt(26));
                double weight = Math.pow(1.0 / (i + 1), 1.1);
                result.add(new Supplier(name, kvk, postcode, town, ledger, weight));
            }
        }
        return result;
    }

    /** The name as a financial system might print it: mostly as registered, sometimes a variant. */
    static String variant(Random random, String name) {
        int roll = random.nextInt(100);
        if (roll < 80) {
            return name;
        }
        if (roll < 86) {
            return name.toUpperCase(Locale.ROOT);
        }
        if (roll < 92) {
            return name.replace(" B.V.", " BV").replace(" V.O.F.", " VOF").replace(" N.V.", " NV");
        }
        if (roll < 96) {
            return name.replace("Bouwbedrijf", "Bouwbedr.").replace("Installatietechniek", "Installatietechn.")
                    .replace("Groenvoorziening", "Groenvoorz.");
        }
        int at = 2 + random.nextInt(Math.max(1, name.length() - 4));
        return name.substring(0, at) + name.charAt(at + 1) + name.charAt(at) + name.substring(at + 2);
    }
}
