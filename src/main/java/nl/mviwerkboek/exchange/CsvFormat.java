package nl.mviwerkboek.exchange;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/** The encoding and delimiter of a CSV file, detected from its first bytes (or chosen by the user). */
public record CsvFormat(Charset charset, boolean bom, char delimiter) {

    /** Windows' Western European encoding, common in Dutch exports. */
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final char[] DELIMITERS = {';', ',', '\t', '|'};

    /**
     * Detects encoding (UTF-16 by BOM or by its zero bytes, a UTF-8 BOM, valid UTF-8, else Windows-1252) and
     * delimiter from the start of a file.
     */
    public static CsvFormat detect(byte[] head, boolean complete) {
        Optional<Charset> utf16 = utf16(head);
        if (utf16.isPresent()) {
            boolean bom = utf16Bom(head);
            int skip = bom ? 2 : 0;
            int length = (head.length - skip) & ~1;
            return new CsvFormat(utf16.get(), bom, detectDelimiter(new String(head, skip, length, utf16.get())));
        }
        boolean bom = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
        Charset charset = bom || isUtf8(head, complete) ? StandardCharsets.UTF_8 : WINDOWS_1252;
        String text = new String(head, bom ? 3 : 0, head.length - (bom ? 3 : 0), charset);
        return new CsvFormat(charset, bom, detectDelimiter(text));
    }

    /**
     * UTF-16 (little or big endian) when the file starts with its BOM, or when nearly every other byte is
     * zero (text in Western languages has a zero high byte) and the bytes between are not.
     */
    public static Optional<Charset> utf16(byte[] head) {
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        int pairs = Math.min(head.length, 8192) / 2;
        if (pairs < 2) {
            return Optional.empty();
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < pairs; i++) {
            evenZeros += head[2 * i] == 0 ? 1 : 0;
            oddZeros += head[2 * i + 1] == 0 ? 1 : 0;
        }
        if (oddZeros * 10 >= pairs * 7 && evenZeros * 20 <= pairs) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        if (evenZeros * 10 >= pairs * 7 && oddZeros * 20 <= pairs) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        return Optional.empty();
    }

    private static boolean utf16Bom(byte[] head) {
        return head.length >= 2 && ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE
                || (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF);
    }

    /** How many bytes the BOM takes at the start of the file (0 without one). */
    public int bomLength() {
        if (!bom) {
            return 0;
        }
        return charset.equals(StandardCharsets.UTF_8) ? 3 : 2;
    }

    /**
     * Detects the format from the first bytes, then, when those looked like UTF-8 but the file goes on,
     * checks the rest too: a Windows-1252 "é" far down must not be read as UTF-8.
     */
    public static CsvFormat detect(Path file, byte[] head, boolean complete) throws IOException {
        CsvFormat first = detect(head, complete);
        if (first.bom() || complete || !first.charset().equals(StandardCharsets.UTF_8) || isUtf8(file)) {
            return first;
        }
        return new CsvFormat(WINDOWS_1252, false, first.delimiter());
    }

    /** Whether a whole file is valid UTF-8, read in blocks. */
    static boolean isUtf8(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(1 << 16);
        CharBuffer out = CharBuffer.allocate(1 << 16);
        try (ReadableByteChannel channel = Files.newByteChannel(file)) {
            boolean end = false;
            while (!end) {
                end = channel.read(in) < 0;
                in.flip();
                CoderResult result;
                do {
                    out.clear();
                    result = decoder.decode(in, out, end);
                    if (result.isError()) {
                        return false;
                    }
                } while (result.isOverflow());
                in.compact();
            }
            out.clear();
            return !decoder.flush(out).isError();
        }
    }

    /** The delimiter that splits the first lines into the same number of fields most consistently. */
    static char detectDelimiter(String text) {
        String[] lines = text.split("\\R", 60);
        char best = ';';
        int bestScore = 0;
        for (char d : DELIMITERS) {
            int[] counts = Arrays.stream(lines).limit(50).filter(l -> !l.isBlank()).mapToInt(l -> count(l, d)).toArray();
            int score = consistency(counts);
            if (score > bestScore) {
                best = d;
                bestScore = score;
            }
        }
        return best;
    }

    /** How many lines share the most common non-zero field count, weighted by that count. */
    private static int consistency(int[] counts) {
        int best = 0;
        for (int c : counts) {
            if (c == 0) {
                continue;
            }
            int same = 0;
            for (int other : counts) {
                if (other == c) {
                    same++;
                }
            }
            best = Math.max(best, same * 100 + c);
        }
        return best;
    }

    private static int count(String line, char delimiter) {
        int n = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == delimiter && !quoted) {
                n++;
            }
        }
        return n;
    }

    private static boolean isUtf8(byte[] head, boolean complete) {
        // a sample cut in the middle of a multi-byte character must not count as invalid
        int length = head.length;
        if (!complete) {
            while (length > 0 && length > head.length - 4 && (head[length - 1] & 0xC0) == 0x80) {
                length--;
            }
            if (length > 0 && (head[length - 1] & 0xC0) == 0xC0) {
                length--;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(head, 0, length));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** A short description such as "UTF-8, ;". */
    public String describe() {
        String d = delimiter == '\t' ? "tab" : String.valueOf(delimiter);
        return charset.displayName() + ", " + d;
    }
}
