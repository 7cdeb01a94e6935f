package nl.mviwerkboek.sample;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.mviwerkboek.shared.i18n.Formats;
import nl.mviwerkboek.spend.analysis.AnalysisSettings;
import nl.mviwerkboek.spend.analysis.SettingsStorage;
import nl.mviwerkboek.spend.contracts.Contract;
import nl.mviwerkboek.spend.contracts.ContractStorage;
import nl.mviwerkboek.spend.groups.ProductGroup;
import nl.mviwerkboek.spend.groups.ProductGroupStorage;
import nl.mviwerkboek.spend.groups.RuleKind;
import nl.mviwerkboek.spend.groups.RuleStorage;
import nl.mviwerkboek.spend.parse.SupplierNames;
import nl.mviwerkboek.spend.suppliers.SupplierDetailStorage;
import nl.mviwerkboek.spend.suppliers.SupplierSize;

/**
 * The analysis part of the sample plan: settings and extra rules before the imports, focus groups
 * and contracts after them. Product groups are named by their catalogue code.
 */
final class SampleAnalysis {

    private SampleAnalysis() {
    }

    /** Settings and rules, so the imports are classified with them. */
    static void beforeImports(Connection c, SampleDescription sample) throws SQLException {
        Map<String, ProductGroup> groups = groups(c);
        for (SampleDescription.Section s : sample.all("instellingen spendanalyse")) {
            new SettingsStorage().save(c, new AnalysisSettings(s.value("lokale plaatsen").orElse(""),
                    s.value("lokale postcodes").orElse(""),
                    s.value("sroi-drempel").flatMap(Formats::parseAmountCents).orElse(25_000_000L),
                    s.value("sroi-percentage").flatMap(Formats::parseDecimal).orElse(5.0)));
        }
        for (SampleDescription.Section s : sample.all("regel")) {
            new RuleStorage().add(c, RuleKind.fromCode(s.required("soort")), s.required("waarde"),
                    s.value("tot en met").orElse(null), group(groups, s, "productgroep").id());
        }
    }

    /** Focus groups, known supplier sizes and contracts. */
    static void afterImports(Connection c, SampleDescription sample) throws SQLException {
        Map<String, ProductGroup> groups = groups(c);
        for (SampleDescription.Section s : sample.all("focusgroep")) {
            new ProductGroupStorage().setFocus(c, group(groups, s, "productgroep").id(), true);
        }
        for (SampleDescription.Section s : sample.all("omvang leverancier")) {
            String name = s.required("leverancier");
            boolean found = new SupplierDetailStorage().setSizeByName(c, SupplierNames.normalise(name),
                    SupplierSize.fromCode(s.required("omvang")).code());
            if (!found) {
                throw new IllegalStateException("Sample line " + s.line() + ": no supplier " + name);
            }
        }
        ContractStorage contracts = new ContractStorage();
        for (SampleDescription.Section s : sample.all("contract")) {
            contracts.save(c, new Contract(0, s.required("titel"), s.value("leverancier").orElse(""),
                    group(groups, s, "productgroep").id(), date(s, "start"), date(s, "einde"),
                    s.value("verlenging maanden").map(Integer::parseInt).orElse(0), s.value("opties").orElse(""),
                    s.value("waarde").flatMap(Formats::parseAmountCents).orElse(0L), yes(s, "mvi"), yes(s, "sroi"),
                    s.value("eigenaar").orElse(""), s.value("notitie").orElse("")));
        }
    }

    private static Map<String, ProductGroup> groups(Connection c) throws SQLException {
        List<ProductGroup> all = new ProductGroupStorage().list(c);
        return all.stream().collect(Collectors.toMap(ProductGroup::code, Function.identity()));
    }

    private static ProductGroup group(Map<String, ProductGroup> groups, SampleDescription.Section s, String key) {
        ProductGroup g = groups.get(s.required(key));
        if (g == null) {
            throw new IllegalStateException("Sample line " + s.line() + ": unknown product group " + s.required(key));
        }
        return g;
    }

    private static java.time.LocalDate date(SampleDescription.Section s, String key) {
        return s.value(key).flatMap(Formats::parseDate).orElse(null);
    }

    private static boolean yes(SampleDescription.Section s, String key) {
        return s.value(key).map(v -> v.equalsIgnoreCase("ja")).orElse(false);
    }
}
