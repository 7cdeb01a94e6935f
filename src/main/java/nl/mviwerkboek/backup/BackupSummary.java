package nl.mviwerkboek.backup;

/** What a backup holds, read from it without changing it: the organisation, schema version, spend lines, actions and goals. */
public record BackupSummary(String organisation, int schemaVersion, long spendLines, long actions, long goals) {
}
