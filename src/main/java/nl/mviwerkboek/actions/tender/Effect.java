package nl.mviwerkboek.actions.tender;

/**
 * An effect of a tender (action) or contract, expected or realised, counted towards a goal when given: what, a
 * value in a unit (tonnes CO2, %, placements, euros) and the source of the figure.
 */
public record Effect(long id, Long actionId, Long contractId, Long goalId, EffectKind kind, String description,
                     Double value, String unit, String source) {

    /** The effect with empty texts for missing ones. */
    public Effect {
        unit = unit == null ? "" : unit.strip();
        source = source == null ? "" : source;
    }
}
