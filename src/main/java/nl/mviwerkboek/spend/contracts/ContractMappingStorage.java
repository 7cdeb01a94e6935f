package nl.mviwerkboek.spend.contracts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Remembers which column holds which contract field per header layout (in {@code column_mapping},
 * beside the spend mappings, with signatures starting "contract|"), so next year's register maps itself.
 */
public final class ContractMappingStorage {

    /** The mapping last used for this layout. */
    public Optional<Map<ContractField, Integer>> find(Connection c, String signature) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT mapping FROM column_mapping WHERE signature = ?")) {
            st.setString(1, signature);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(decode(rs.getString(1))) : Optional.empty();
            }
        }
    }

    /** Remembers the mapping for this layout. */
    public void save(Connection c, String signature, Map<ContractField, Integer> mapping) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO column_mapping (signature, mapping, updated_at) "
                + "VALUES (?, ?, ?) ON CONFLICT (signature) DO UPDATE SET mapping = excluded.mapping, "
                + "updated_at = excluded.updated_at")) {
            st.setString(1, signature);
            st.setString(2, encode(mapping));
            st.setString(3, Instant.now().toString());
            st.executeUpdate();
        }
    }

    static String encode(Map<ContractField, Integer> mapping) {
        return mapping.entrySet().stream().map(e -> e.getKey().name() + "=" + e.getValue())
                .collect(Collectors.joining(";"));
    }

    static Map<ContractField, Integer> decode(String text) {
        Map<ContractField, Integer> mapping = new EnumMap<>(ContractField.class);
        for (String part : text.split(";")) {
            String[] kv = part.split("=");
            if (kv.length == 2) {
                try {
                    mapping.put(ContractField.valueOf(kv[0]), Integer.parseInt(kv[1]));
                } catch (IllegalArgumentException e) {
                    // a field from another version: left out, the user maps it again
                }
            }
        }
        return mapping;
    }
}
