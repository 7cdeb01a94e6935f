package nl.mviwerkboek.spend;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** Remembers the column mapping used per header signature, so next year's export maps itself. */
public final class MappingStorage {

    /** The mapping last used for headers with this signature. */
    public Optional<ColumnMapping> find(Connection c, String signature) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT mapping FROM column_mapping WHERE signature = ?")) {
            st.setString(1, signature);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(ColumnMapping.decode(rs.getString(1))) : Optional.empty();
            }
        }
    }

    /** Remembers a mapping for a signature. */
    public void save(Connection c, String signature, ColumnMapping mapping) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO column_mapping (signature, mapping, updated_at) "
                + "VALUES (?, ?, ?) ON CONFLICT (signature) DO UPDATE SET mapping = excluded.mapping, "
                + "updated_at = excluded.updated_at")) {
            st.setString(1, signature);
            st.setString(2, mapping.encode());
            st.setString(3, Instant.now().toString());
            st.executeUpdate();
        }
    }
}
