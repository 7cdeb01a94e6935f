package nl.mviwerkboek.actions.tender;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.mviwerkboek.shared.i18n.Formats;

/** Effects added up per unit for one goal: "40 ton CO2; 6 plaatsen" (effects without a value are left out). */
public final class EffectTotals {

    private EffectTotals() {
    }

    /** The sum per unit of the {@code kind} effects counted towards {@code goalId}, or empty. */
    public static String of(List<Effect> effects, long goalId, EffectKind kind) {
        Map<String, Double> perUnit = new LinkedHashMap<>();
        for (Effect e : effects) {
            if (e.goalId() != null && e.goalId() == goalId && e.kind() == kind && e.value() != null) {
                perUnit.merge(e.unit(), e.value(), Double::sum);
            }
        }
        return perUnit.entrySet().stream().map(u -> (Formats.measure(u.getValue()) + " " + u.getKey()).strip())
                .collect(Collectors.joining("; "));
    }
}
