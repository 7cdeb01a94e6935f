package nl.mviwerkboek.spend;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.mviwerkboek.spend.parse.SpendField;

/** Which column (0-based) holds which field; stored as text such as {@code supplier=1;amount=8}. */
public record ColumnMapping(Map<SpendField, Integer> columns) {

    /** An unmodifiable copy. */
    public ColumnMapping {
        columns = columns.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(columns));
    }

    /** The column of a field, if mapped. */
    public Optional<Integer> column(SpendField field) {
        return Optional.ofNullable(columns.get(field));
    }

    /** The same mapping with one field moved to a column (or removed when {@code column} is null). */
    public ColumnMapping with(SpendField field, Integer column) {
        Map<SpendField, Integer> copy = new EnumMap<>(SpendField.class);
        copy.putAll(columns);
        copy.values().removeIf(c -> c.equals(column));
        if (column == null) {
            copy.remove(field);
        } else {
            copy.put(field, column);
        }
        return new ColumnMapping(copy);
    }

    /** Required fields that are not mapped; the date is not needed when one year is chosen. */
    public List<SpendField> missing(boolean yearChosen) {
        List<SpendField> missing = new ArrayList<>();
        for (SpendField f : List.of(SpendField.SUPPLIER, SpendField.AMOUNT, SpendField.DATE)) {
            if (!columns.containsKey(f) && !(f == SpendField.DATE && yearChosen)) {
                missing.add(f);
            }
        }
        return missing;
    }

    /** The stored text form. */
    public String encode() {
        StringBuilder sb = new StringBuilder();
        new EnumMap<>(columns).forEach((f, c) -> sb.append(sb.isEmpty() ? "" : ";").append(f.code()).append('=').append(c));
        return sb.toString();
    }

    /** Reads the stored text form; unknown fields are ignored. */
    public static ColumnMapping decode(String text) {
        Map<SpendField, Integer> map = new EnumMap<>(SpendField.class);
        for (String part : text.split(";")) {
            String[] kv = part.split("=");
            if (kv.length == 2) {
                for (SpendField f : SpendField.values()) {
                    if (f.code().equals(kv[0])) {
                        map.put(f, Integer.parseInt(kv[1]));
                    }
                }
            }
        }
        return new ColumnMapping(map);
    }
}
