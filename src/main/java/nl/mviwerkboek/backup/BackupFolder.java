package nl.mviwerkboek.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where backups lie in the data folder's {@code backups/}: made by hand ({@code NAME-backup-STAMP.mviplan})
 * and before an update ({@code NAME-voor-update-vN-CRC.mviplan}, one per version and file state) at the top, automatic ones in
 * {@code automatisch/NAME-HASH/NAME-automatisch-STAMP.mviplan}, one folder per plan file (the hash is of
 * its full path, so two plans of the same name keep their own). Only automatic ones are ever rotated.
 */
final class BackupFolder {

    static final String AUTOMATIC = "automatisch";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    private final Path root;

    BackupFolder(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    /** The name of a plan file without {@code .mviplan}. */
    static String baseName(Path plan) {
        return plan.getFileName().toString().replaceFirst("\\.mviplan$", "");
    }

    /** The folder of a plan's automatic backups. */
    Path automaticFolder(Path plan) {
        return root.resolve(AUTOMATIC).resolve(baseName(plan) + "-" + hash(plan.toAbsolutePath().normalize().toString()));
    }

    /** The name of an automatic backup made at {@code time}. */
    static String automaticName(Path plan, LocalDateTime time) {
        return baseName(plan) + "-" + AUTOMATIC + "-" + STAMP.format(time) + ".mviplan";
    }

    /** The name of a backup made by hand (or by the command line) at {@code time}. */
    Path manual(Path plan, LocalDateTime time) {
        return root.resolve(baseName(plan) + "-backup-" + STAMP.format(time) + ".mviplan");
    }

    /** Whether an automatic backup of the plan in {@code folder} was made on {@code day}. */
    boolean hasAutomaticOn(Path plan, LocalDate day) {
        String prefix = baseName(plan) + "-" + AUTOMATIC + "-" + DAY.format(day);
        return plans(automaticFolder(plan)).stream().anyMatch(f -> f.getFileName().toString().startsWith(prefix));
    }

    /** Deletes all but the newest {@code keep} automatic backups of a plan (and leftovers of interrupted ones); the deleted files. */
    List<Path> rotate(Path plan, int keep) {
        Path folder = automaticFolder(plan);
        List<Path> kept = plans(folder);
        kept.sort(null);
        List<Path> deleted = new ArrayList<>(kept.subList(0, Math.max(0, kept.size() - keep)));
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(f -> f.getFileName().toString().startsWith(".")).forEach(deleted::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path old : deleted) {
            try {
                Files.deleteIfExists(old);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return deleted;
    }

    /** Every backup in the folder (up to the per-plan folders of automatic ones). */
    List<Backup> all() {
        List<Backup> result = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root, 3)) {
            for (Path f : files.filter(BackupFolder::isPlan).toList()) {
                BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
                result.add(new Backup(f, kind(f), planName(f),
                        LocalDateTime.ofInstant(a.lastModifiedTime().toInstant(), ZoneId.systemDefault()), a.size()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }

    /** Whether a backup is of the plan file {@code plan}. */
    boolean isOf(Backup b, Path plan) {
        String base = baseName(plan);
        return b.kind() == BackupKind.AUTOMATIC ? b.file().getParent().equals(automaticFolder(plan))
                : b.file().getFileName().toString().startsWith(base + "-backup-")
                || b.file().getFileName().toString().startsWith(base + "-voor-update-");
    }

    private BackupKind kind(Path f) {
        String name = f.getFileName().toString();
        if (f.getParent().getParent() != null && f.getParent().getParent().equals(root.resolve(AUTOMATIC))) {
            return BackupKind.AUTOMATIC;
        }
        return name.contains("-voor-update-") ? BackupKind.BEFORE_UPDATE
                : name.contains("-backup-") ? BackupKind.MANUAL : BackupKind.OTHER;
    }

    private static String planName(Path f) {
        return baseName(f).replaceFirst("-(automatisch|backup)-\\d{8}-\\d{6}$|-voor-update-v\\d+-[0-9a-f]{8}$", "");
    }

    private static List<Path> plans(Path folder) {
        if (!Files.isDirectory(folder)) {
            return new ArrayList<>();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return new ArrayList<>(files.filter(BackupFolder::isPlan).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isPlan(Path f) {
        String name = f.getFileName().toString();
        return name.endsWith(".mviplan") && !name.startsWith(".") && Files.isRegularFile(f);
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
