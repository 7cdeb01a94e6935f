package nl.mviwerkboek.spend;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Writes and reads the rows an import skipped or doubted (table {@code import_problem}). */
public final class ImportProblemStorage {

    /** Stores problems of an import. */
    public void addAll(Connection c, long importId, List<ImportProblem> problems) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO import_problem (import_id, source_row, "
                + "column_name, value, reason, skipped) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (ImportProblem p : problems) {
                st.setLong(1, importId);
                st.setLong(2, p.row());
                st.setString(3, p.column());
                st.setString(4, p.value() == null || p.value().length() <= 500 ? p.value() : p.value().substring(0, 500));
                st.setString(5, p.reason().code());
                st.setInt(6, p.reason().skips() ? 1 : 0);
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    /** The problems of an import in row order. */
    public List<ImportProblem> list(Connection c, long importId) throws SQLException {
        List<ImportProblem> result = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT source_row, column_name, value, reason "
                + "FROM import_problem WHERE import_id = ? ORDER BY source_row, id")) {
            st.setLong(1, importId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    result.add(new ImportProblem(rs.getLong(1), rs.getString(2), rs.getString(3),
                            ProblemReason.fromCode(rs.getString(4))));
                }
            }
        }
        return result;
    }
}
