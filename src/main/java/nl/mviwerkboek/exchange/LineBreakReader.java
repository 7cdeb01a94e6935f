package nl.mviwerkboek.exchange;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Hands text to FastCSV with every line break as {@code \n}: CRLF becomes LF, and a lone CR (old Mac files, or
 * a carriage return typed into a quoted field) becomes LF too. FastCSV 4.0.0 loses a record's fields after a
 * lone CR inside quotes ({@code "a";"b\rc"} then the next line ran together); as LF it reads them correctly.
 */
final class LineBreakReader extends FilterReader {

    private boolean afterCarriageReturn;

    LineBreakReader(Reader in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        char[] one = new char[1];
        return read(one, 0, 1) < 0 ? -1 : one[0];
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        while (true) {
            int n = in.read(buffer, offset, length);
            if (n <= 0) {
                return n;
            }
            int out = offset;
            for (int i = offset; i < offset + n; i++) {
                char ch = buffer[i];
                if (ch == '\n' && afterCarriageReturn) {
                    afterCarriageReturn = false;
                    continue;
                }
                afterCarriageReturn = ch == '\r';
                buffer[out++] = afterCarriageReturn ? '\n' : ch;
            }
            if (out > offset) {
                return out - offset;
            }
        }
    }
}
