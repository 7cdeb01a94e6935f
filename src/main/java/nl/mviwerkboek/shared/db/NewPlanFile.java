package nl.mviwerkboek.shared.db;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import nl.mviwerkboek.shared.db.PlanFileException.Problem;

/**
 * Writes a new plan file: built completely in a hidden file beside it, forced to disk, and then put
 * in place without ever replacing a file that appeared at that name in the meantime.
 */
final class NewPlanFile {

    /** Hidden files of a create that was killed are removed once they are older than this. */
    static final Duration STALE = Duration.ofMinutes(10);

    /** Test seam: runs after the hidden file is complete and just before it is put in place. */
    static volatile Runnable beforePlacing = () -> { };

    private NewPlanFile() {
    }

    /** Creates {@code plan} with the latest schema and {@code initialData}; fails with ALREADY_EXISTS. */
    static void write(Path plan, DbWork<?> initialData) throws PlanFileException {
        if (Files.exists(plan, LinkOption.NOFOLLOW_LINKS)) {
            throw new PlanFileException(Problem.ALREADY_EXISTS, plan);
        }
        Path temp = plan.resolveSibling("." + plan.getFileName() + "." + ProcessHandle.current().pid() + "-"
                + System.nanoTime() + ".nieuw");
        try {
            try (Connection c = PlanConnections.connect(temp)) {
                Migrator.migrate(c, 0);
                c.setAutoCommit(false);
                initialData.run(c);
                c.commit();
                try (var st = c.createStatement()) {
                    st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
                }
            }
            DurableFiles.force(temp);
            beforePlacing.run();
            DurableFiles.removeOrphanSideFiles(plan);
            DurableFiles.moveWithoutReplacing(temp, plan);
            DurableFiles.forceFolder(plan.getParent());
        } catch (FileAlreadyExistsException e) {
            throw new PlanFileException(Problem.ALREADY_EXISTS, plan, e);
        } catch (SQLException | IOException e) {
            throw new PlanFileException(Files.isWritable(plan.getParent()) ? Problem.IO_ERROR : Problem.READ_ONLY,
                    plan, e);
        } finally {
            PlanConnections.deleteQuietly(temp);
            for (String side : new String[] {"-wal", "-shm", "-journal"}) {
                PlanConnections.deleteQuietly(temp.resolveSibling(temp.getFileName() + side));
            }
        }
    }


    /** Removes hidden files of creates in {@code folder} that were killed, older than {@link #STALE}. */
    static int removeStale(Path folder, Instant now) {
        int removed = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, ".*.nieuw*")) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (name.matches("\\..+\\.nieuw(-wal|-shm|-journal)?") && olderThan(file, now.minus(STALE))) {
                    PlanConnections.deleteQuietly(file);
                    removed++;
                }
            }
        } catch (IOException | RuntimeException e) {
            // a folder that is gone or unreadable has nothing of ours to clean
        }
        return removed;
    }

    private static boolean olderThan(Path file, Instant limit) throws IOException {
        FileTime modified = Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS);
        return modified.toInstant().isBefore(limit);
    }
}
