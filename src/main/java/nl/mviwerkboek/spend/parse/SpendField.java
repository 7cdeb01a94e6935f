package nl.mviwerkboek.spend.parse;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.mviwerkboek.shared.i18n.Labelled;

/**
 * A field of a spend line that a column can be mapped to, with the header names (Dutch and English,
 * best first) that suggest it. Supplier and amount are required, and a date unless one year is chosen.
 */
public enum SpendField implements Labelled {
    SUPPLIER(true, "crediteurnaam", "leveranciersnaam", "leverancier", "crediteur", "naamcrediteur", "naam",
            "suppliername", "supplier", "vendorname", "vendor", "beneficiary", "payee", "creditor", "relatie"),
    SUPPLIER_NUMBER(false, "crediteurnummer", "crediteurnr", "leveranciersnummer", "relatienummer",
            "suppliernumber", "supplierid", "vendornumber", "vendorid", "creditornumber"),
    AMOUNT(true, "bedragexclbtw", "nettobedrag", "bedragexcl", "bedrag", "amountexclvat", "netamount", "amount",
            "value", "bedragenexclbtw", "totaalbedrag", "bedraginclbtw", "amountinclvat", "grossamount"),
    DATE(false, "factuurdatum", "boekdatum", "betaaldatum", "datum", "documentdatum", "invoicedate", "paymentdate",
            "paiddate", "transactiondate", "postingdate", "date"),
    LEDGER_CODE(false, "grootboekrekening", "grootboeknummer", "grootboek", "kostensoort", "rekeningnummer",
            "expensecode", "accountcode", "ledgercode", "nominalcode", "expensetype", "account"),
    LEDGER_DESCRIPTION(false, "omschrijvinggrootboekrekening", "grootboekomschrijving", "omschrijvinggrootboek",
            "kostensoortomschrijving", "omschrijvingkostensoort", "expensecodedescription", "accountdescription",
            "expensedescription", "accountname", "expensearea"),
    COST_CENTRE(false, "kostenplaats", "kostenplaatsomschrijving", "afdeling", "costcentre", "costcenter",
            "servicearea", "department", "directorate"),
    DESCRIPTION(false, "omschrijving", "factuuromschrijving", "boekingsomschrijving", "description", "narrative",
            "purpose", "details", "transactiondescription"),
    KVK(false, "kvknummer", "kvk", "kamervankoophandel", "companynumber", "companiesregistrationnumber",
            "companyregistrationnumber"),
    VAT_NUMBER(false, "btwnummer", "btwidentificatienummer", "btwid", "vatnumber", "vatregistrationnumber", "vat"),
    POSTCODE(false, "postcode", "postalcode", "zipcode", "postcodeleverancier"),
    CITY(false, "plaats", "vestigingsplaats", "woonplaats", "city", "town"),
    INVOICE_NUMBER(false, "factuurnummer", "factuurnr", "documentnummer", "boekstuknummer", "invoicenumber",
            "transactionnumber", "transactionid", "documentnumber", "reference");

    private final boolean required;
    private final List<String> synonyms;

    SpendField(boolean required, String... synonyms) {
        this.required = required;
        this.synonyms = Arrays.asList(synonyms);
    }

    /** Whether every import needs this field (the date can be replaced by one year for the file). */
    public boolean required() {
        return required;
    }

    /** Normalised header names that suggest this field, best first. */
    public List<String> synonyms() {
        return synonyms;
    }

    /** A stable code for stored mappings. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String labelKey() {
        return "spend.field." + code();
    }
}
