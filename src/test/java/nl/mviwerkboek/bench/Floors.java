package nl.mviwerkboek.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The bare costs the import is compared with, measured in the same run: {@code sqlite3 .import} of a CSV into a
 * plain table (writing those rows, nothing else) and {@code unzip -p} of an xlsx's sheet to /dev/null (inflating
 * it). Each through {@code /usr/bin/time}, for the CPU time of the tool.
 */
final class Floors {

    /** Wall and CPU (user + system) seconds of one run. */
    record Timed(double wall, double cpu) {
    }

    private Floors() {
    }

    /** {@code sqlite3 db} with {@code .import} of the file (separator {@code ;}) into a new table. */
    static Timed sqliteImport(Path csv, Path db) throws IOException, InterruptedException {
        for (String suffix : new String[] {"", "-journal", "-wal"}) {
            Files.deleteIfExists(db.resolveSibling(db.getFileName() + suffix));
        }
        String script = ".mode csv\n.separator ;\n.import '" + csv.toAbsolutePath() + "' spend\n";
        return run(List.of("sqlite3", db.toAbsolutePath().toString()), script);
    }

    /** {@code unzip -p} of the sheet (and, when {@code withStrings}, the shared strings) to /dev/null. */
    static Timed unzip(Path xlsx, boolean withStrings) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("unzip", "-p", xlsx.toAbsolutePath().toString(),
                "xl/worksheets/sheet1.xml"));
        if (withStrings && hasStrings(xlsx)) {
            cmd.add("xl/sharedStrings.xml");
        }
        return run(cmd, null);
    }

    private static boolean hasStrings(Path xlsx) throws IOException {
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            return zip.getEntry("xl/sharedStrings.xml") != null;
        }
    }

    /** The sizes of the sheet and shared-strings parts, for the file list. */
    static String parts(Path xlsx) throws IOException {
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            StringBuilder sb = new StringBuilder();
            for (String name : new String[] {"xl/worksheets/sheet1.xml", "xl/sharedStrings.xml"}) {
                ZipEntry e = zip.getEntry(name);
                if (e != null) {
                    sb.append(String.format(", %s %,d bytes", name.substring(name.lastIndexOf('/') + 1), e.getSize()));
                }
            }
            return sb.toString();
        }
    }

    private static Timed run(List<String> command, String stdin) throws IOException, InterruptedException {
        Path times = Files.createTempFile("floor", ".time");
        try {
            List<String> full = new ArrayList<>(List.of("/usr/bin/time", "-o", times.toString(), "-f", "%e %U %S"));
            full.addAll(command);
            ProcessBuilder pb = new ProcessBuilder(full).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.INHERIT);
            long t = System.nanoTime();
            Process p = pb.start();
            if (stdin != null) {
                p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
            }
            p.getOutputStream().close();
            int exit = p.waitFor();
            double wall = (System.nanoTime() - t) / 1e9;
            if (exit != 0) {
                throw new IOException(command + " ended with " + exit);
            }
            String[] f = Files.readString(times).trim().split("\\s+");
            return new Timed(wall, Double.parseDouble(f[1]) + Double.parseDouble(f[2]));
        } finally {
            Files.deleteIfExists(times);
        }
    }

    /** The load average of the last minute (the machine is shared). */
    static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }
}
