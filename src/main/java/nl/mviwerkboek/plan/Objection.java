package nl.mviwerkboek.plan;

/** A reason colleagues give for not doing MVI ("Waarom niet?") and the answer or measure that takes it away. */
public record Objection(long id, String reason, String answer) {

    /** The objection with empty texts for missing ones. */
    public Objection {
        answer = answer == null ? "" : answer;
    }
}
