package nl.mviwerkboek.exchange;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** The attributes of one start tag as {@link XmlBytes} reads them: local names and raw values in one byte array. */
final class XmlAttributes {

    private byte[] bytes = new byte[256];
    /** Per attribute: where its name starts, where its value starts (= name end), where the value ends. */
    private int[] marks = new int[48];
    private int count;
    private int used;
    private int nameStart;
    private int nameEnd;

    void clear() {
        count = 0;
        used = 0;
    }

    /** (Re)starts the current attribute's name, also after a prefix. */
    void startName() {
        used = count == 0 ? 0 : marks[count * 3 - 1];
        nameStart = used;
    }

    void endName() {
        nameEnd = used;
    }

    void add(int b) {
        if (used == bytes.length) {
            bytes = Arrays.copyOf(bytes, used * 2);
        }
        bytes[used++] = (byte) b;
    }

    void endValue() {
        if (count * 3 + 3 > marks.length) {
            marks = Arrays.copyOf(marks, marks.length * 2);
        }
        marks[count * 3] = nameStart;
        marks[count * 3 + 1] = nameEnd;
        marks[count * 3 + 2] = used;
        count++;
    }

    /** The value of the attribute with local name {@code n} (entities decoded), or null. */
    String get(String n) {
        for (int a = 0; a < count; a++) {
            int start = marks[a * 3];
            int end = marks[a * 3 + 1];
            if (end - start == n.length() && matches(start, n)) {
                String value = new String(bytes, end, marks[a * 3 + 2] - end, StandardCharsets.UTF_8);
                return value.indexOf('&') < 0 ? value : value.replace("&quot;", "\"").replace("&apos;", "'")
                        .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
            }
        }
        return null;
    }

    private boolean matches(int start, String n) {
        for (int i = 0; i < n.length(); i++) {
            if (bytes[start + i] != n.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
