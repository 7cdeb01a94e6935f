package nl.mviwerkboek.cli;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.spend.ColumnMapping;
import nl.mviwerkboek.spend.parse.HeaderNames;
import nl.mviwerkboek.spend.parse.SpendField;

/**
 * Reads a mapping file for {@code import --mapping}: one JSON object from field code to column, the column
 * given by its header name (a string) or by its number from 1 (a whole number), e.g.
 * {@code {"supplier": "Crediteurnaam", "amount": "Bedrag excl. BTW", "date": 5}}. Field codes are matched
 * in any case ({@code "Supplier"} is {@code supplier}); unknown fields, other types of value, a field given
 * twice and anything that is not strict JSON are refused with a Dutch message naming the field.
 */
final class MappingFile {

    private static final ObjectMapper JSON = new ObjectMapper();

    private MappingFile() {
    }

    /** The mapping for a header, from the file's bytes (UTF-8, or UTF-16/32 with or without BOM). */
    static ColumnMapping parse(byte[] json, List<String> header) {
        Map<SpendField, Integer> columns = new LinkedHashMap<>();
        try (JsonParser parser = JSON.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new MappingProblem(Messages.get("cli.mapping.notObject"));
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                SpendField field = field(key);
                if (columns.containsKey(field)) {
                    throw new MappingProblem(Messages.get("cli.mapping.twice", key));
                }
                parser.nextToken();
                columns.put(field, column(key, parser.readValueAsTree(), header));
            }
            if (parser.nextToken() != null) {
                throw new JsonParseException(parser, "trailing content");
            }
        } catch (JacksonException e) {
            JsonLocation at = e.getLocation();
            throw new MappingProblem(Messages.get("cli.mapping.notJson", at == null ? "?" : at.getLineNr(),
                    at == null ? "?" : at.getColumnNr()));
        } catch (java.io.IOException e) {
            throw new MappingProblem(Messages.get("cli.mapping.notJson", "?", "?"));
        }
        return new ColumnMapping(columns);
    }

    /** The same for a text (tests). */
    static ColumnMapping parse(String json, List<String> header) {
        return parse(json.getBytes(java.nio.charset.StandardCharsets.UTF_8), header);
    }

    private static SpendField field(String key) {
        for (SpendField f : SpendField.values()) {
            if (f.code().equals(key.strip().toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        throw new MappingProblem(Messages.get("cli.mapping.unknownKey", key, fieldCodes()));
    }

    private static int column(String key, JsonNode value, List<String> header) {
        if (value.isTextual()) {
            String wanted = HeaderNames.normalise(value.textValue());
            for (int i = 0; i < header.size(); i++) {
                if (HeaderNames.normalise(header.get(i)).equals(wanted)) {
                    return i;
                }
            }
            throw new MappingProblem(Messages.get("cli.import.badMapping", value.textValue(), key,
                    String.join(" | ", header)));
        }
        if (value.isIntegralNumber() && value.canConvertToInt() && value.intValue() >= 1
                && value.intValue() <= header.size()) {
            return value.intValue() - 1;
        }
        throw new MappingProblem(Messages.get("cli.mapping.badValue", key, header.size(), value.toString()));
    }

    private static String fieldCodes() {
        return String.join(", ", Arrays.stream(SpendField.values()).map(SpendField::code).toList());
    }

    /** A mapping file that cannot be used, with the Dutch message that says why. */
    static final class MappingProblem extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        MappingProblem(String message) {
            super(message);
        }
    }
}
