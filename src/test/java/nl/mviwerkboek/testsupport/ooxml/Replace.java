package nl.mviwerkboek.testsupport.ooxml;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Copies of an Office package with a part's text changed, to show that a check finds what is wrong. */
public final class Replace {

    private Replace() {
    }

    /** {@code zip} with the text of {@code part} changed by {@code change}. */
    public static byte[] part(byte[] zip, String part, UnaryOperator<String> change) throws IOException {
        return rewrite(zip, (name, bytes) -> name.equals(part) ? text(change.apply(text(bytes))) : bytes);
    }

    /** {@code zip} with every worksheet of every embedded workbook changed by {@code change}. */
    public static byte[] embedded(byte[] zip, UnaryOperator<String> change) throws IOException {
        return rewrite(zip, (name, bytes) -> name.endsWith(".xlsx")
                ? rewrite(bytes, (inner, b) -> inner.startsWith("xl/worksheets/") ? text(change.apply(text(b))) : b)
                : bytes);
    }

    /** The names of the parts of {@code zip}. */
    public static List<String> names(byte[] zip) throws IOException {
        List<String> names = new ArrayList<>();
        rewrite(zip, (name, bytes) -> {
            names.add(name);
            return bytes;
        });
        return names;
    }

    private interface Change {
        byte[] apply(String name, byte[] bytes) throws IOException;
    }

    private static byte[] rewrite(byte[] zip, Change change) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                z.putNextEntry(new ZipEntry(e.getName()));
                z.write(change.apply(e.getName(), in.readAllBytes()));
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
