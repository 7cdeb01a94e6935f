package nl.mviwerkboek.backup;

import java.nio.file.Path;
import java.time.LocalDateTime;

/** One backup file in the data folder's {@code backups/}: which plan it is of (by file name), when it was made, its size. */
public record Backup(Path file, BackupKind kind, String planName, LocalDateTime madeAt, long bytes) {
}
