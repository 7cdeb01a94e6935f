package nl.mviwerkboek.spend.analysis;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The analysis queries, all on the summary table {@code spend_cube} (aliased k) and never on lines. */
public final class AnalysisStorage {

    private static final String ROOT = "COALESCE(s.root_id, s.id)";
    private static final String FROM = " FROM spend_cube k JOIN supplier s ON s.id = k.supplier_id";

    /** A row reader that may throw. */
    @FunctionalInterface
    private interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** Spend per product group; the key is the group id or null for "Niet ingedeeld"; largest first. */
    public List<Totals> byGroup(Connection c, AnalysisFilter f) throws SQLException {
        return totals(c, f, "k.group_id", "(SELECT name FROM product_group g WHERE g.id = k.group_id)");
    }

    /** Spend per year, oldest first. */
    public List<Totals> byYear(Connection c, AnalysisFilter f) throws SQLException {
        List<Totals> rows = totals(c, f, "k.year", "CAST(k.year AS TEXT)");
        rows.sort(java.util.Comparator.comparing(t -> (Integer) t.key()));
        return rows;
    }

    /** Spend per cost centre, largest first. */
    public List<Totals> byCostCentre(Connection c, AnalysisFilter f) throws SQLException {
        return totals(c, f, "k.cost_centre", "k.cost_centre");
    }

    private List<Totals> totals(Connection c, AnalysisFilter f, String key, String label) throws SQLException {
        List<Object> params = new ArrayList<>();
        String sql = "SELECT " + key + ", " + label + ", SUM(k.lines), COUNT(DISTINCT " + ROOT + "), "
                + "SUM(k.amount_cents)" + FROM + f.where(params) + " GROUP BY " + key + " ORDER BY 5 DESC";
        return query(c, sql, params, rs -> new Totals(rs.getObject(1) instanceof Number n
                ? (key.equals("k.year") ? (Object) n.intValue() : (Object) n.longValue()) : rs.getString(1),
                rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)));
    }

    /** Spend per supplier (merged ones under their root), largest first. */
    public List<SupplierSpend> bySupplier(Connection c, AnalysisFilter f) throws SQLException {
        List<Object> params = new ArrayList<>();
        String sql = "SELECT r.id, r.name, r.kvk, r.postcode, r.city, r.size, SUM(k.lines), SUM(k.amount_cents)"
                + FROM + " JOIN supplier r ON r.id = " + ROOT + f.where(params)
                + " GROUP BY r.id ORDER BY 8 DESC, r.name";
        return query(c, sql, params, rs -> new SupplierSpend(rs.getLong(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getLong(7), rs.getLong(8)));
    }

    /** Spend per supplier, product group and year: the input of the EU-threshold signals. */
    public List<SupplierGroupYear> bySupplierGroupYear(Connection c, AnalysisFilter f) throws SQLException {
        List<Object> params = new ArrayList<>();
        String sql = "SELECT r.id, r.name, k.group_id, k.year, SUM(k.amount_cents)" + FROM
                + " JOIN supplier r ON r.id = " + ROOT + f.where(params) + " GROUP BY r.id, k.group_id, k.year";
        return query(c, sql, params, rs -> new SupplierGroupYear(rs.getLong(1), rs.getString(2),
                rs.getObject(3) == null ? null : rs.getLong(3), rs.getInt(4), rs.getLong(5)));
    }

    /** The classified share of the filtered spend. */
    public ClassifiedShare classifiedShare(Connection c, AnalysisFilter f) throws SQLException {
        List<Object> params = new ArrayList<>();
        String sql = "SELECT COALESCE(SUM(k.amount_cents), 0), COALESCE(SUM(CASE WHEN k.group_id IS NOT NULL THEN "
                + "k.amount_cents END), 0), COALESCE(SUM(k.lines), 0), COALESCE(SUM(CASE WHEN k.group_id IS NOT "
                + "NULL THEN k.lines END), 0) FROM spend_cube k" + f.where(params);
        return query(c, sql, params, rs -> new ClassifiedShare(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                rs.getLong(4))).get(0);
    }

    /** The years, imports' ids and cost centres that have spend, for the filter choices. */
    public List<Integer> years(Connection c) throws SQLException {
        return query(c, "SELECT DISTINCT year FROM spend_cube ORDER BY year", List.of(), rs -> rs.getInt(1));
    }

    /** Per year with spend, the first and last booking date and the number of months with dated lines. */
    public List<YearCoverage> coverage(Connection c) throws SQLException {
        return query(c, "SELECT year, MIN(line_date), MAX(line_date), COUNT(DISTINCT substr(line_date, 1, 7)) "
                + "FROM spend_line GROUP BY year ORDER BY year", List.of(), rs -> new YearCoverage(rs.getInt(1),
                        date(rs.getString(2)), date(rs.getString(3)), rs.getInt(4)));
    }

    private static java.time.LocalDate date(String iso) {
        return iso == null || iso.length() < 10 ? null : java.time.LocalDate.parse(iso.substring(0, 10));
    }

    /** The cost centres that have spend, sorted. */
    public List<String> costCentres(Connection c) throws SQLException {
        return query(c, "SELECT DISTINCT cost_centre FROM spend_cube WHERE cost_centre <> '' ORDER BY cost_centre",
                List.of(), rs -> rs.getString(1));
    }

    private static <T> List<T> query(Connection c, String sql, List<Object> params, Row<T> row) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                st.setObject(i + 1, params.get(i));
            }
            List<T> result = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    result.add(row.read(rs));
                }
            }
            return result;
        }
    }
}
