package nl.mviwerkboek.report;

import nl.mviwerkboek.shared.i18n.Labelled;

/** The documents the report chapter and the command line can make. */
public enum ExportKind implements Labelled {
    /** The action plan in Word. */
    PLAN_DOCX("docx"),
    /** The workbook in Excel. */
    WORKBOOK_XLSX("xlsx"),
    /** The yearly progress report in Word. */
    PROGRESS_DOCX("docx");

    private final String extension;

    ExportKind(String extension) {
        this.extension = extension;
    }

    /** The file extension without dot. */
    public String extension() {
        return extension;
    }

    @Override
    public String labelKey() {
        return switch (this) {
            case PLAN_DOCX -> "report.kind.plan";
            case WORKBOOK_XLSX -> "report.kind.workbook";
            case PROGRESS_DOCX -> "report.kind.progress";
        };
    }

    /** {@code chosen} with this kind's extension added when the file chooser left it off. */
    public java.nio.file.Path target(java.nio.file.Path chosen) {
        String name = chosen.getFileName().toString();
        return name.toLowerCase(java.util.Locale.ROOT).endsWith("." + extension) ? chosen
                : chosen.resolveSibling(name + "." + extension);
    }

    /** The file name proposed for {@code organisation} in {@code year}. */
    public String fileName(String organisation, int year) {
        String name = switch (this) {
            case PLAN_DOCX -> Texts.get("report.file.plan", organisation);
            case WORKBOOK_XLSX -> Texts.get("report.file.workbook", organisation);
            case PROGRESS_DOCX -> Texts.get("report.file.progress", String.valueOf(year), organisation);
        };
        return name.replaceAll("[\\\\/:*?\"<>|]", "-") + "." + extension;
    }
}
