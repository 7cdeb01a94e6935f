package nl.mviwerkboek.plan;

import java.time.LocalDate;

/**
 * The organisation profile of a plan: who writes it, for which period, who commissions it, and
 * the budget and capacity reserved. Optional values are {@code null}.
 */
public record PlanProfile(
        String organisationName,
        OrganisationType organisationType,
        Integer inhabitants,
        int periodStart,
        int periodEnd,
        ThemeSet themeSet,
        String commissioner,
        LocalDate manifestSignedOn,
        Long budgetCents,
        Double capacityHoursPerWeek,
        boolean sample) {

    /** A new profile with only what the "Nieuw plan" wizard asks. */
    public static PlanProfile of(String name, OrganisationType type, int start, int end, ThemeSet themes) {
        return new PlanProfile(name, type, null, start, end, themes, null, null, null, null, false);
    }

    /** This profile marked as (or not as) the sample plan. */
    public PlanProfile withSample(boolean isSample) {
        return new PlanProfile(organisationName, organisationType, inhabitants, periodStart, periodEnd, themeSet,
                commissioner, manifestSignedOn, budgetCents, capacityHoursPerWeek, isSample);
    }

    /** The plan's name as shown in the title bar and documents. */
    public String planName() {
        return organisationName;
    }
}
