package nl.mviwerkboek.sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.mviwerkboek.plan.PlanFiles;
import nl.mviwerkboek.shared.db.DurableFiles;
import nl.mviwerkboek.shared.db.Migrator;
import nl.mviwerkboek.shared.db.PlanDatabase;
import nl.mviwerkboek.shared.db.PlanFileException;

/**
 * The sample plan as the build made it from {@code sample-data/} (ADR 0031): {@link #main} writes it into the
 * jar's resources, and {@link #copyTo} puts a fresh copy of it in place instead of building one at every start.
 */
public final class PrebuiltSample {

    /** Where the prebuilt plan lies inside the jar. */
    public static final String RESOURCE = "/nl/mviwerkboek/sample/prebuilt/Voorbeeldgemeente.mviplan";

    private static final Logger LOG = Logger.getLogger(PrebuiltSample.class.getName());
    private static final int HEADER_BYTES = 100;
    private static final int USER_VERSION_AT = 60;
    private static final int APPLICATION_ID_AT = 68;

    private PrebuiltSample() {
    }

    /**
     * Copies the prebuilt plan to {@code target} (which must not exist) through a hidden file beside it, forced
     * to disk and put in place without replacing anything; false, with nothing written, when the jar has no
     * prebuilt plan or one of another schema version than this build writes.
     */
    public static boolean copyTo(Path target) throws PlanFileException {
        if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new PlanFileException(PlanFileException.Problem.ALREADY_EXISTS, target);
        }
        try (InputStream in = PrebuiltSample.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                LOG.info("No prebuilt sample plan in the jar; building it from its description");
                return false;
            }
            byte[] header = in.readNBytes(HEADER_BYTES);
            if (!current(header)) {
                LOG.info("The prebuilt sample plan has another schema version; building it from its description");
                return false;
            }
            write(header, in, target);
            return true;
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw new PlanFileException(PlanFileException.Problem.ALREADY_EXISTS, target, e);
        } catch (IOException e) {
            Path folder = target.toAbsolutePath().getParent();
            throw new PlanFileException(folder != null && Files.isWritable(folder) ? PlanFileException.Problem.IO_ERROR
                    : PlanFileException.Problem.READ_ONLY, target, e);
        }
    }

    /** Whether a plan file header is one of ours at the schema version this build writes. */
    static boolean current(byte[] header) {
        if (header.length < HEADER_BYTES) {
            return false;
        }
        ByteBuffer b = ByteBuffer.wrap(header); // SQLite's header is big-endian
        return b.getInt(APPLICATION_ID_AT) == Migrator.APPLICATION_ID
                && b.getInt(USER_VERSION_AT) == Migrator.latestVersion();
    }

    private static void write(byte[] header, InputStream rest, Path target) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Path temp = folder.resolve("." + target.getFileName() + "." + ProcessHandle.current().pid() + "-"
                + System.nanoTime() + ".nieuw"); // the hidden name a killed start leaves is cleaned like a create's
        try {
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW)) {
                out.write(header);
                rest.transferTo(out);
            }
            DurableFiles.force(temp);
            DurableFiles.removeOrphanSideFiles(target);
            DurableFiles.moveWithoutReplacing(temp, target);
            DurableFiles.forceFolder(folder);
        } finally {
            deleteQuietly(temp);
        }
    }

    /**
     * The build step (exec-maven-plugin, phase {@code process-classes}): builds the sample plan from the
     * description and exports in {@code args[0]} (the classes folder) into {@code args[0]}{@value #RESOURCE},
     * unless it is already newer than every other file there.
     */
    public static void main(String[] args) throws Exception {
        Path classes = Path.of(args[0]).toAbsolutePath();
        Path target = classes.resolve(RESOURCE.substring(1));
        if (upToDate(classes, target)) {
            return;
        }
        Path work = Files.createTempDirectory(classes.getParent(), "prebuilt-sample");
        try {
            Path built = work.resolve("Voorbeeldgemeente.mviplan");
            try (PlanDatabase db = SamplePlan.create(built, new PlanFiles(work.resolve("backups")))) {
                LOG.fine(() -> "Sample plan built in " + db.file());
            }
            Files.createDirectories(target.getParent());
            Files.copy(built, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } finally {
            deleteTree(work);
        }
    }

    private static boolean upToDate(Path classes, Path target) throws IOException {
        if (!Files.exists(target)) {
            return false;
        }
        long built = Files.getLastModifiedTime(target).toMillis();
        try (var files = Files.walk(classes)) {
            return files.filter(Files::isRegularFile).filter(f -> !f.getParent().equals(target.getParent()))
                    .allMatch(f -> modified(f) < built);
        }
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.FINE, "Not removed: " + file, e);
        }
    }

    private static void deleteTree(Path folder) {
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(PrebuiltSample::deleteQuietly);
        } catch (IOException e) {
            LOG.log(Level.FINE, "Work folder of the prebuilt sample left: " + folder, e);
        }
    }
}
