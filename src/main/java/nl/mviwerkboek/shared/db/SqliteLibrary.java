package nl.mviwerkboek.shared.db;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * SQLite's native library, extracted once per version into the data folder's {@code tmp/} and loaded
 * from there ({@code org.sqlite.lib.path}), instead of sqlite-jdbc's fresh copy and lock file for
 * every process. Call it at start, before the first connection. See ADR 0021.
 */
public final class SqliteLibrary {

    private static final Logger LOG = Logger.getLogger(SqliteLibrary.class.getName());

    /** Copies of older starts are removed once they are older than this (another start may still load one). */
    private static final Duration STALE = Duration.ofMinutes(10);

    private SqliteLibrary() {
    }

    /**
     * Points sqlite-jdbc at the library in {@code tmpFolder}, extracting it there first when this
     * version is not there yet, and removes the per-process copies earlier versions of the app left.
     */
    public static void useFrom(Path tmpFolder) {
        System.setProperty("org.sqlite.tmpdir", tmpFolder.toString()); // only if the library below cannot load
        removeOldCopies(tmpFolder, Instant.now());
        String resourceFolder = LibraryLoaderUtil.getNativeLibResourcePath();
        String name = LibraryLoaderUtil.getNativeLibName();
        Path folder = tmpFolder.resolve(folderName(SQLiteJDBCLoader.getVersion(), resourceFolder));
        Path library = folder.resolve(name);
        try {
            if (!Files.isRegularFile(library)) {
                extract(resourceFolder + "/" + name, library);
            }
            System.setProperty("org.sqlite.lib.path", folder.toString());
            System.setProperty("org.sqlite.lib.name", name);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "SQLite library not extracted to " + folder + "; sqlite-jdbc extracts its own", e);
        }
    }

    /**
     * The folder of one version for one system, e.g. {@code native-3.51.1.0-Linux-x86_64}; it must not
     * start with {@code sqlite-}, which sqlite-jdbc's own clean-up of its copies would try to delete.
     */
    static String folderName(String version, String resourceFolder) {
        return "native-" + version + "-" + resourceFolder.replaceFirst("^.*/native/", "").replace('/', '-');
    }

    /** Writes the library under a temporary name and moves it into place, so no start sees half a file. */
    private static void extract(String resource, Path library) throws IOException {
        Files.createDirectories(library.getParent());
        Path temp = library.resolveSibling("." + library.getFileName() + "." + ProcessHandle.current().pid() + ".part");
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("No SQLite library for this system in the jar: " + resource);
            }
            Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
            DurableFiles.force(temp);
            try {
                Files.move(temp, library, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                if (!Files.isRegularFile(library)) {
                    throw e; // not another start that was just faster (Windows: its copy is in use)
                }
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Removes {@code sqlite-<version>-<uuid>-libsqlitejdbc.so} copies and their {@code .lck} files. */
    static int removeOldCopies(Path tmpFolder, Instant now) {
        int removed = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(tmpFolder, "sqlite-*")) {
            for (Path file : files) {
                if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                        && Files.getLastModifiedTime(file).toInstant().isBefore(now.minus(STALE))) {
                    try {
                        Files.deleteIfExists(file);
                        removed++;
                    } catch (IOException inUse) {
                        // Windows: an app still running has loaded it
                    }
                }
            }
        } catch (IOException e) {
            // no tmp folder yet: nothing to remove
        }
        return removed;
    }
}
