package nl.mviwerkboek.bench;

import java.util.Random;

/**
 * The lines of an export shaped like a large municipality's creditor export (issue 19): 10 columns,
 * about 20,000 suppliers with a long tail (Zipf: a few take many lines, most only a handful), invoice
 * dates over three years, an invoice number unique per line, lognormal amounts with a few percent credit
 * notes, a VAT amount, 300 ledger accounts with descriptions, 40 cost centres and a free-text description per line.
 * About 135 bytes per line as CSV. The same seed gives the same lines, so the CSV and the xlsx hold the same export.
 */
final class RealisticExport {

    static final String[] HEADER = {"Crediteurnummer", "Crediteurnaam", "Factuurnummer", "Factuurdatum",
        "Bedrag excl. BTW", "BTW-bedrag", "Grootboekrekening", "Omschrijving grootboekrekening",
        "Kostenplaats", "Omschrijving"};
    static final int SUPPLIERS = 20_000;
    static final int LEDGERS = 300;
    static final int COST_CENTRES = 40;
    /** Days from 1 January 2023 over three years. */
    static final int DAYS = 365 * 3 + 1;

    private static final String[] FIRST = {"Jansen", "De Vries", "Bakker", "Visser", "Smit", "Meijer", "Mulder",
        "De Boer", "Bos", "Vos", "Peters", "Hendriks", "Dekker", "Van Dijk", "Brouwer", "Dijkstra", "Koster",
        "Prins", "Huisman", "Kuipers", "Van der Berg", "Groot", "Willems", "Evers", "Maas", "Verhoeven", "Hoekstra",
        "Noord", "Zuidwest", "Oosterhout", "Rijnland", "Veluwe", "Kempen", "Delta", "Polder", "Duin"};
    private static final String[] TRADE = {"Groenvoorziening", "Installatietechniek", "Advies", "Schoonmaak",
        "Bouw", "ICT", "Catering", "Transport", "Zorg", "Juristen", "Accountants", "Drukkerij", "Infra",
        "Software", "Beveiliging", "Uitzendbureau", "Kantoorartikelen", "Energie", "Jeugdhulp", "Wegenbouw"};
    private static final String[] FORM = {"B.V.", "B.V.", "B.V.", "V.O.F.", "N.V.", "Stichting", "& Zn.",
        "Groep B.V.", "Nederland B.V.", ""};
    private static final String[] LEDGER_WORDS = {"Onderhoud groen", "Inhuur personeel", "Softwarelicenties",
        "Schoonmaakkosten", "Energiekosten gebouwen", "Leerlingenvervoer", "Wmo begeleiding", "Jeugdzorg",
        "Advieskosten", "Juridische kosten", "Drukwerk", "Kantoorbenodigdheden", "Onderhoud wegen", "Riolering",
        "Openbare verlichting", "Telefonie", "Catering", "Opleidingen", "Beveiliging", "Afvalinzameling"};
    private static final String[] LEDGER_TAIL = {"", " algemeen", " overig", " projecten", " regulier",
        " incidenteel", " wijken", " sociaal domein", " bedrijfsvoering", " buitenruimte", " gebouwen",
        " programma", " uitvoering", " beheer", " contract"};
    private static final String[] WHAT = {"Werkzaamheden", "Levering", "Inzet", "Onderhoud", "Abonnement",
        "Factuur", "Termijn", "Meerwerk", "Dienstverlening", "Huur", "Licentie", "Project", "Begeleiding"};
    private static final String[] MONTHS = {"januari", "februari", "maart", "april", "mei", "juni", "juli",
        "augustus", "september", "oktober", "november", "december"};
    private static final String[] PLACES = {"Centrum", "Noord", "Oost", "Zuid", "West", "stadhuis", "sporthal",
        "brede school", "wijkcentrum", "gemeentewerf", "bibliotheek", "zwembad"};

    /** One line's values, reused for every line. */
    static final class Line {
        int supplier;
        int day;
        long cents;
        int ledger;
        int costCentre;
        int index;
        int what;
        int place;
        int reference;
    }

    private final Random random = new Random(19);
    private final double logSuppliers = Math.log(SUPPLIERS + 1.0);
    private final Line line = new Line();

    /** The next line. */
    Line next(int index) {
        Line l = line;
        l.index = index;
        // Zipf (P(k) ~ 1/k) over 20,000 suppliers: the largest has ~10 % of the lines, the last a handful
        l.supplier = Math.min(SUPPLIERS - 1, (int) Math.exp(random.nextDouble() * logSuppliers) - 1);
        l.day = random.nextInt(DAYS);
        double euros = Math.exp(Math.log(450) + 1.7 * random.nextGaussian());
        long cents = Math.max(1, Math.min(2_000_000_000L, Math.round(euros * 100)));
        l.cents = random.nextInt(100) < 3 ? -cents : cents; // 3 % credit notes
        l.ledger = (l.supplier * 7 + random.nextInt(3)) % LEDGERS;
        l.costCentre = (l.supplier * 13 + random.nextInt(2)) % COST_CENTRES;
        l.what = random.nextInt(WHAT.length);
        l.place = random.nextInt(PLACES.length);
        l.reference = 10_000 + random.nextInt(90_000);
        return l;
    }

    static String supplierNumber(int s) {
        return "K" + (100_000 + s);
    }

    static String supplierName(int s) {
        String form = FORM[(s / 7) % FORM.length];
        String name = FIRST[s % FIRST.length] + " " + TRADE[(s / FIRST.length) % TRADE.length];
        int copy = s / (FIRST.length * TRADE.length);
        return (copy == 0 ? name : name + " " + copy) + (form.isEmpty() ? "" : " " + form);
    }

    static String ledgerCode(int ledger) {
        return String.valueOf(430_000 + ledger * 10);
    }

    static String ledgerDescription(int ledger) {
        return LEDGER_WORDS[ledger % LEDGER_WORDS.length] + LEDGER_TAIL[(ledger / LEDGER_WORDS.length)
                % LEDGER_TAIL.length];
    }

    static String costCentre(int c) {
        return "KP" + (1000 + c * 25);
    }

    /** The invoice number, unique per line. */
    static void invoiceNumber(StringBuilder sb, Line l) {
        sb.append("F").append(2023 + l.day / 365).append('-');
        pad(sb, l.index, 7);
    }

    /** A free-text description that differs per line. */
    static void description(StringBuilder sb, Line l, int month) {
        sb.append(WHAT[l.what]).append(' ').append(MONTHS[month - 1]).append(' ').append(PLACES[l.place])
                .append(' ').append(l.reference);
    }

    /** Dutch amount with a decimal comma and no thousands separator: {@code -1234,56}. */
    static void dutchAmount(StringBuilder sb, long cents) {
        if (cents < 0) {
            sb.append('-');
        }
        long a = Math.abs(cents);
        sb.append(a / 100).append(',');
        pad(sb, (int) (a % 100), 2);
    }

    /** The amount as Excel writes a number: {@code -1234.56}, {@code 12.5}, {@code 7}. */
    static void plainAmount(StringBuilder sb, long cents) {
        if (cents < 0) {
            sb.append('-');
        }
        long a = Math.abs(cents);
        sb.append(a / 100);
        int c = (int) (a % 100);
        if (c != 0) {
            sb.append('.').append(c / 10);
            if (c % 10 != 0) {
                sb.append(c % 10);
            }
        }
    }

    static void pad(StringBuilder sb, int value, int width) {
        String s = Integer.toString(value);
        for (int i = s.length(); i < width; i++) {
            sb.append('0');
        }
        sb.append(s);
    }
}
