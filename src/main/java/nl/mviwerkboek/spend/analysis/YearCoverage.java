package nl.mviwerkboek.spend.analysis;

import java.time.LocalDate;

/**
 * Which part of a year the imported spend covers: its first and last booking date and the number of calendar
 * months with dated lines ({@code first} and {@code last} are null, {@code months} 0, when no line has a date).
 */
public record YearCoverage(int year, LocalDate first, LocalDate last, int months) {

    /** Whether the lines of the year are dated and fall in fewer than twelve months: a part of the year. */
    public boolean partial() {
        return first != null && months < 12;
    }
}
