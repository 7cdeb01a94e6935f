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
    /** The attributes of the last start tag. */
    private final XmlAttributes attrs = new XmlAttributes();
    private final XmlText text = new XmlText();

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
        attrs.clear();
        selfClosing = false;
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
            attrs.startName();
            while (b > ' ' && b != '=') {
                if (b == ':') {
                    attrs.startName(); // the local name only
                } else {
                    attrs.add(b);
                }
                b = need();
            }
            attrs.endName();
            while (b != '"' && b != '\'') {
                b = need();
            }
            int quote = b;
            for (b = need(); b != quote; b = need()) {
                attrs.add(b);
            }
            attrs.endValue();
            b = need();
        }
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
        return attrs.get(n);
    }

    /** Starts collecting text for {@link #appendTextUntilTag()}. */
    void clearText() {
        text.clear();
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
        text.addEntity(e.toString());
    }

    private void addText(int b) {
        text.add(b);
    }

    /** The collected text as a string. */
    String text() {
        return text.toString();
    }

    /** The collected text's bytes (valid up to {@link #textLength()}). */
    byte[] textBytes() {
        return text.bytes();
    }

    int textLength() {
        return text.length();
    }
}
