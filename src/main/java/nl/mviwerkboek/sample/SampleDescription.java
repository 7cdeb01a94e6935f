package nl.mviwerkboek.sample;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The parsed text description of the sample plan: named sections of "key: value" lines. */
public final class SampleDescription {

    /** One {@code [section]} with its values and the line it starts on. */
    public record Section(String name, Map<String, String> values, int line) {

        /** A value, or empty when the key is missing or blank. */
        public Optional<String> value(String key) {
            String v = values.get(key);
            return v == null || v.isBlank() ? Optional.empty() : Optional.of(v);
        }

        /** A required value; fails with the section's line when it is missing. */
        public String required(String key) {
            return value(key).orElseThrow(() -> new IllegalArgumentException(
                    "Line " + line + ": [" + name + "] needs '" + key + "'"));
        }

        /** A compact line of {@code count} fields separated by {@code |}, stripped; fails with the line otherwise. */
        public String[] fields(String value, int count) {
            String[] f = value.split("\\|", -1);
            if (f.length != count) {
                throw new IllegalArgumentException("Line " + line + ": [" + name + "] needs " + count
                        + " fields separated by |, found " + f.length + " in: " + value);
            }
            for (int i = 0; i < f.length; i++) {
                f[i] = f[i].strip();
            }
            return f;
        }

        /** {@code text} as a date (dd-mm-yyyy); fails with the section's line when it is none. */
        public java.time.LocalDate date(String text) {
            return nl.mviwerkboek.shared.i18n.Formats.parseDate(text).orElseThrow(() ->
                    new IllegalArgumentException("Line " + line + ": [" + name + "] " + text + " is not a date"));
        }

        /** What {@code key} names in {@code map}; fails with the section's line when it names nothing. */
        public <T> T lookup(java.util.Map<String, T> map, String key) {
            T value = map.get(key);
            if (value == null) {
                throw new IllegalArgumentException("Line " + line + ": [" + name + "] refers to unknown " + key);
            }
            return value;
        }

        /** A required date (dd-mm-yyyy); fails with the section's line when it is missing or no date. */
        public java.time.LocalDate requiredDate(String key) {
            return nl.mviwerkboek.shared.i18n.Formats.parseDate(required(key)).orElseThrow(() ->
                    new IllegalArgumentException("Line " + line + ": [" + name + "] " + key + " is not a date"));
        }
    }

    private final List<Section> sections;

    private SampleDescription(List<Section> sections) {
        this.sections = List.copyOf(sections);
    }

    /** Parses the text; fails with the line number of anything it does not understand. */
    public static SampleDescription parse(String text) {
        List<Section> sections = new ArrayList<>();
        String name = null;
        Map<String, String> values = null;
        int start = 0;
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                if (name != null) {
                    sections.add(new Section(name, values, start));
                }
                name = line.substring(1, line.length() - 1).strip();
                values = new LinkedHashMap<>();
                start = i + 1;
            } else if (name != null && line.contains(":")) {
                int colon = line.indexOf(':');
                values.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
            } else {
                throw new IllegalArgumentException("Line " + (i + 1) + ": expected [section] or 'key: value'");
            }
        }
        if (name != null) {
            sections.add(new Section(name, values, start));
        }
        return new SampleDescription(sections);
    }

    /** All sections with a name, in file order. */
    public List<Section> all(String sectionName) {
        return sections.stream().filter(s -> s.name().equals(sectionName)).toList();
    }

    /** The one section with a name; fails when there is none. */
    public Section one(String sectionName) {
        return all(sectionName).stream().findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Missing section [" + sectionName + "]"));
    }
}
