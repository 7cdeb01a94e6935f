package nl.mviwerkboek.focus;

/**
 * A goal under a focus theme: what is aimed for, the indicator and unit it is measured in, the
 * baseline and target with their years, how it is measured (source) and who owns it (a stakeholder).
 */
public record Goal(long id, long themeId, String statement, String indicator, String unit, Double baselineValue,
                   Integer baselineYear, Double targetValue, Integer targetYear, String source, Long ownerId) {

    /** The same goal with a stored id. */
    public Goal withId(long newId) {
        return new Goal(newId, themeId, statement, indicator, unit, baselineValue, baselineYear, targetValue,
                targetYear, source, ownerId);
    }
}
