package nl.mviwerkboek.plan;

/** A person or party involved in the plan; {@code id} is 0 until stored. Optional texts are empty, never null. */
public record Stakeholder(
        long id,
        String name,
        StakeholderRole role,
        String department,
        Involvement involvement,
        String email,
        String note) {

    /** Normalises missing optional texts to empty strings. */
    public Stakeholder {
        department = department == null ? "" : department;
        email = email == null ? "" : email;
        note = note == null ? "" : note;
    }

    /** The same stakeholder with the id the plan file gave it. */
    public Stakeholder withId(long newId) {
        return new Stakeholder(newId, name, role, department, involvement, email, note);
    }
}
