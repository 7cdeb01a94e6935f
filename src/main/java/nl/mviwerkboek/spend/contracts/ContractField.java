package nl.mviwerkboek.spend.contracts;

import java.util.List;
import java.util.Locale;

/** A column of a contract register spreadsheet, with the header names it goes by (Dutch and English). */
public enum ContractField implements nl.mviwerkboek.shared.i18n.Labelled {
    TITLE(true, "titel", "contract", "omschrijving", "contractnaam", "onderwerp", "title", "description"),
    SUPPLIER(false, "leverancier", "opdrachtnemer", "crediteur", "supplier", "contractor"),
    GROUP(false, "productgroep", "inkooppakket", "categorie", "product group", "category"),
    START(false, "start", "startdatum", "ingangsdatum", "begindatum", "start date"),
    END(false, "einde", "einddatum", "looptijd tot", "end", "end date"),
    EXTENSION(false, "verlenging maanden", "verlengingsopties maanden", "opties maanden", "extension months"),
    OPTIONS(false, "opties", "verlengingsopties", "options"),
    VALUE(false, "waarde", "geraamde waarde", "contractwaarde", "bedrag", "value", "estimated value"),
    MVI(false, "mvi", "mvi toegepast", "duurzaam"),
    SROI(false, "sroi", "social return", "sroi toegepast"),
    OWNER(false, "eigenaar", "contractbeheerder", "contractmanager", "owner");

    private final boolean required;
    private final List<String> names;

    ContractField(boolean required, String... names) {
        this.required = required;
        this.names = List.of(names);
    }

    /** Whether an import needs this column. */
    public boolean required() {
        return required;
    }

    /** Whether a header cell names this field (case and surrounding spaces ignored). */
    boolean matches(String header) {
        return names.contains(header.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
    }

    /** The name used in messages. */
    String headerName() {
        return names.get(0);
    }

    @Override
    public String labelKey() {
        return "contract.field." + name().toLowerCase(Locale.ROOT);
    }
}
