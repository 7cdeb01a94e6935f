package nl.mviwerkboek.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.mviwerkboek.spend.ColumnMapping;
import nl.mviwerkboek.spend.parse.HeaderNames;
import nl.mviwerkboek.spend.parse.SpendField;

/**
 * Reads a mapping file for {@code import --mapping}: a flat JSON object from field code to column,
 * the column given by its header name or by its number from 1, e.g.
 * {@code {"supplier": "Crediteurnaam", "amount": "Bedrag excl. BTW", "date": 5}}.
 */
final class MappingFile {

    private static final Pattern PAIR = Pattern.compile("\"([a-z_]+)\"\\s*:\\s*(?:\"((?:[^\"\\\\]|\\\\.)*)\"|(\\d+))");

    private MappingFile() {
    }

    /** The mapping for a header; fails naming the field or column it does not understand. */
    static ColumnMapping parse(String json, List<String> header) {
        Map<SpendField, Integer> columns = new LinkedHashMap<>();
        Matcher m = PAIR.matcher(json);
        while (m.find()) {
            SpendField field = field(m.group(1));
            int column = m.group(3) != null ? Integer.parseInt(m.group(3)) - 1 : column(m.group(2), header);
            if (column < 0 || column >= header.size()) {
                throw new IllegalArgumentException(m.group(2) != null ? m.group(2) : m.group(3));
            }
            columns.put(field, column);
        }
        return new ColumnMapping(columns);
    }

    private static SpendField field(String code) {
        for (SpendField f : SpendField.values()) {
            if (f.code().equals(code)) {
                return f;
            }
        }
        throw new IllegalArgumentException(code);
    }

    private static int column(String name, List<String> header) {
        String wanted = HeaderNames.normalise(name.replace("\\\"", "\""));
        for (int i = 0; i < header.size(); i++) {
            if (HeaderNames.normalise(header.get(i)).equals(wanted)) {
                return i;
            }
        }
        return -1;
    }
}
