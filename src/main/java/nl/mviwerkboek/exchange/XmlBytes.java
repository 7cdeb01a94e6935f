package nl.mviwerkboek.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A pull scanner over the bytes of a spreadsheet part (UTF-8 XML, as xlsx writes it), for the parts with a
 * million rows: no objects per tag, names compared by their local part (any prefix dropped), text collected as
 * bytes with the five XML entities, character references and CDATA decoded. A document type is refused (an
 * xlsx never has one). Not a general XML parser: {@link XlsxParts} reads the small parts with StAX.
 */
final class XmlBytes {

    /** What {@link #next} found. */
    enum Kind { START, END, EOF }

    private final InputStream in;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int end;
    /** The local name of the last tag. */
    private byte[] name = new byte[32];
    private int nameLength;
    private boolean selfClosing;
    /** The attributes of the last start tag: names and values, as offsets into {@link #attrs}. */
    private byte[] attrs = new byte[256];
    private int[] attrMarks = new int[32];
    private int attrCount;
    private byte[] text = new byte[256];
    private int textLength;

    XmlBytes(InputStream in) {
        this.in = in;
    }

    private int read() throws IOException {
        if (pos == end) {
            end = in.read(buf, 0, buf.length);
            pos = 0;
            if (end <= 0) {
                end = 0;
                return -1;
            }
        }
        return buf[pos++] & 0xFF;
    }

    private int need() throws IOException {
        int b = read();
        if (b < 0) {
            throw new IOException("Unexpected end of the sheet");
        }
        return b;
    }

    /** Skips text and anything that is not a tag, up to the next start or end tag. */
    Kind next() throws IOException {
        while (true) {
            int b = read();
            if (b < 0) {
                return Kind.EOF;
            }
            if (b != '<') {
                continue;
            }
            Kind kind = tag();
            if (kind != null) {
                return kind;
            }
        }
    }

    /** Reads a tag after its '<'; null for a comment, processing instruction or CDATA outside text. */
    private Kind tag() throws IOException {
        int b = need();
        if (b == '?') {
            skipPast("?>");
            return null;
        }
        if (b == '!') {
            int c = need();
            if (c == '-') {
                skipPast("-->");
                return null;
            }
            if (c == '[') {
                skipPast("]]>");
                return null;
            }
            throw new IOException("Document type in a spreadsheet part");
        }
        boolean endTag = b == '/';
        if (endTag) {
            b = need();
        }
        nameLength = 0;
        while (b > ' ' && b != '>' && b != '/') {
            if (b == ':') {
                nameLength = 0;
            } else {
                if (nameLength == name.length) {
                    name = Arrays.copyOf(name, nameLength * 2);
                }
                name[nameLength++] = (byte) b;
            }
            b = need();
        }
        attrCount = 0;
        selfClosing = false;
        int used = 0;
        while (true) {
            while (b <= ' ') {
                b = need();
            }
            if (b == '>') {
                return endTag ? Kind.END : Kind.START;
            }
            if (b == '/') {
                selfClosing = true;
                b = need();
                continue;
            }
            int nameStart = used;
            while (b > ' ' && b != '=') {
                if (b == ':') {
                    used = nameStart; // the local name only
                } else {
                    used = put(used, b);
                }
                b = need();
            }
            int nameEnd = used;
            while (b != '"' && b != '\'') {
                b = need();
            }
            int quote = b;
            for (b = need(); b != quote; b = need()) {
                used = put(used, b);
            }
            if (attrCount * 3 + 3 > attrMarks.length) {
                attrMarks = Arrays.copyOf(attrMarks, attrMarks.length * 2);
            }
            attrMarks[attrCount * 3] = nameStart;
            attrMarks[attrCount * 3 + 1] = nameEnd;
            attrMarks[attrCount * 3 + 2] = used;
            attrCount++;
            b = need();
        }
    }

    private int put(int at, int b) {
        if (at == attrs.length) {
            attrs = Arrays.copyOf(attrs, at * 2);
        }
        attrs[at] = (byte) b;
        return at + 1;
    }

    private void skipPast(String marker) throws IOException {
        int matched = 0;
        while (matched < marker.length()) {
            int b = need();
            matched = b == marker.charAt(matched) ? matched + 1 : b == marker.charAt(0) ? 1 : 0;
        }
    }

    /** Whether the last tag's local name is {@code n} (ASCII). */
    boolean is(String n) {
        if (n.length() != nameLength) {
            return false;
        }
        for (int i = 0; i < nameLength; i++) {
            if (name[i] != n.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the last start tag ended with {@code />}. */
    boolean selfClosing() {
        return selfClosing;
    }

    /** The value of the last start tag's attribute (local name {@code n}), or null. */
    String attribute(String n) {
        for (int a = 0; a < attrCount; a++) {
            int start = attrMarks[a * 3];
            int nameEnd = attrMarks[a * 3 + 1];
            if (nameEnd - start == n.length() && matches(start, n)) {
                String value = new String(attrs, nameEnd, attrMarks[a * 3 + 2] - nameEnd, StandardCharsets.UTF_8);
                return value.indexOf('&') < 0 ? value : value.replace("&quot;", "\"").replace("&apos;", "'")
                        .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
            }
        }
        return null;
    }

    private boolean matches(int start, String n) {
        for (int i = 0; i < n.length(); i++) {
            if (attrs[start + i] != n.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Starts collecting text for {@link #appendTextUntilTag()}. */
    void clearText() {
        textLength = 0;
    }

    /** Adds the text up to the next start or end tag (comments skipped, CDATA kept); returns that tag's kind. */
    Kind appendTextUntilTag() throws IOException {
        while (true) {
            int b = read();
            if (b < 0) {
                return Kind.EOF;
            }
            if (b == '&') {
                entity();
            } else if (b != '<') {
                addText(b);
            } else if (pos < end && buf[pos] == '!' || pos == end) {
                Kind kind = cdataOrTag();
                if (kind != null) {
                    return kind;
                }
            } else {
                Kind kind = tag();
                if (kind != null) {
                    return kind;
                }
            }
        }
    }

    private Kind cdataOrTag() throws IOException {
        int b = need();
        if (b != '!') {
            pos--; // the byte is still in the buffer: a refill happens only when it is empty
            return tag();
        }
        int c = need();
        if (c == '-') {
            skipPast("-->");
            return null;
        }
        if (c != '[') {
            throw new IOException("Document type in a spreadsheet part");
        }
        skipPast("CDATA[");
        int matched = 0;
        while (matched < 3) {
            int d = need();
            if (d == "]]>".charAt(matched)) {
                matched++;
            } else {
                for (int i = 0; i < matched; i++) {
                    addText("]]>".charAt(i));
                }
                matched = d == ']' ? 1 : 0;
                if (matched == 0) {
                    addText(d);
                }
            }
        }
        return null;
    }

    private void entity() throws IOException {
        StringBuilder e = new StringBuilder(8);
        for (int b = need(); b != ';'; b = need()) {
            if (e.length() > 10) {
                throw new IOException("Broken entity in a spreadsheet part");
            }
            e.append((char) b);
        }
        String s = e.toString();
        int cp = switch (s) {
            case "amp" -> '&';
            case "lt" -> '<';
            case "gt" -> '>';
            case "quot" -> '"';
            case "apos" -> '\'';
            default -> s.startsWith("#x") ? Integer.parseInt(s.substring(2), 16)
                    : s.startsWith("#") ? Integer.parseInt(s.substring(1)) : -1;
        };
        if (cp < 0) {
            throw new IOException("Unknown entity &" + s + "; in a spreadsheet part");
        }
        for (byte x : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
            addText(x & 0xFF);
        }
    }

    private void addText(int b) {
        if (textLength == text.length) {
            text = Arrays.copyOf(text, textLength * 2);
        }
        text[textLength++] = (byte) b;
    }

    /** The collected text as a string. */
    String text() {
        return new String(text, 0, textLength, StandardCharsets.UTF_8);
    }

    /** The collected text's bytes (valid up to {@link #textLength()}). */
    byte[] textBytes() {
        return text;
    }

    int textLength() {
        return textLength;
    }
}
