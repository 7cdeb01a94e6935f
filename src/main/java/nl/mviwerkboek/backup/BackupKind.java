package nl.mviwerkboek.backup;

import nl.mviwerkboek.shared.i18n.Messages;

/** How a backup came about: automatically, with "Back-up maken" (or the {@code backup} command), or before an update. */
public enum BackupKind {
    AUTOMATIC, MANUAL, BEFORE_UPDATE, OTHER;

    /** The Dutch (or English) name shown in the list. */
    public String label() {
        return Messages.get(switch (this) {
            case AUTOMATIC -> "backup.kind.automatic";
            case MANUAL -> "backup.kind.manual";
            case BEFORE_UPDATE -> "backup.kind.beforeupdate";
            case OTHER -> "backup.kind.other";
        });
    }
}
