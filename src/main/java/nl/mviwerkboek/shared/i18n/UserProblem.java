package nl.mviwerkboek.shared.i18n;

/** A problem with what the user gave (a file, a row, a value), already worded for them: title and advice. */
public final class UserProblem extends Exception {

    private final String title;
    private final String detail;

    /** A problem with a translated title and a detail saying what was wrong, where, and what to do. */
    public UserProblem(String title, String detail) {
        super(title + ": " + detail);
        this.title = title;
        this.detail = detail;
    }

    public String title() { return title; }
    public String detail() { return detail; }
}
