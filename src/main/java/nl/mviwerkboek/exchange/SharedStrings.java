package nl.mviwerkboek.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * An xlsx's shared-strings table, read forward only as far as the sheet asks (Excel writes the strings in the
 * order they first appear) and kept compact: all texts as UTF-8 in one byte array with their offsets, about
 * the size of the texts themselves, instead of a string object per entry (issue 19: a million-line export
 * holds millions of entries).
 */
final class SharedStrings implements AutoCloseable {

    private final InputStream stream;
    private final XmlBytes xml;
    private byte[] data = new byte[1 << 16];
    private int[] offsets = new int[1 << 10];
    private int count;
    private int used;
    private boolean done;

    /** A table read from {@code stream} (closed with the table); null means the workbook has none. */
    SharedStrings(InputStream stream) {
        this.stream = stream;
        this.xml = stream == null ? null : new XmlBytes(stream);
        this.done = stream == null;
    }

    /** The text of entry {@code index}: all its text runs joined. */
    String get(int index) throws IOException {
        while (index >= count && !done) {
            readNext();
        }
        if (index < 0 || index >= count) {
            throw new IOException("Shared string " + index + " is not in the workbook");
        }
        int from = index == 0 ? 0 : offsets[index - 1];
        return new String(data, from, offsets[index] - from, StandardCharsets.UTF_8);
    }

    private void readNext() throws IOException {
        XmlBytes.Kind kind;
        while ((kind = xml.next()) != XmlBytes.Kind.EOF && !(kind == XmlBytes.Kind.START && xml.is("si"))) {
            // up to the next entry
        }
        if (kind == XmlBytes.Kind.EOF) {
            done = true;
            return;
        }
        xml.clearText();
        if (!xml.selfClosing()) {
            collect();
        }
        add(xml.textBytes(), xml.textLength());
    }

    /** Collects the text of every {@code <t>} up to {@code </si>}. */
    private void collect() throws IOException {
        int depthInT = 0;
        while (true) {
            XmlBytes.Kind kind = depthInT > 0 ? xml.appendTextUntilTag() : xml.next();
            if (kind == XmlBytes.Kind.EOF) {
                throw new IOException("Unexpected end of the shared strings");
            }
            if (xml.is("t")) {
                if (kind == XmlBytes.Kind.START && !xml.selfClosing()) {
                    depthInT++;
                } else if (kind == XmlBytes.Kind.END) {
                    depthInT--;
                }
            } else if (kind == XmlBytes.Kind.END && xml.is("si")) {
                return;
            }
        }
    }

    private void add(byte[] bytes, int length) {
        if (used + length > data.length) {
            data = Arrays.copyOf(data, Math.max(data.length * 2, used + length));
        }
        System.arraycopy(bytes, 0, data, used, length);
        used += length;
        if (count == offsets.length) {
            offsets = Arrays.copyOf(offsets, count * 2);
        }
        offsets[count++] = used;
    }

    @Override
    public void close() throws IOException {
        if (stream != null) {
            stream.close();
        }
    }
}
