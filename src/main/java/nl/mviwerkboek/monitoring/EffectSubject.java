package nl.mviwerkboek.monitoring;

/** What an effect belongs to: a tender action or a contract from the register, with its name. */
public record EffectSubject(Long actionId, Long contractId, String label) {

    @Override
    public String toString() {
        return label;
    }
}
