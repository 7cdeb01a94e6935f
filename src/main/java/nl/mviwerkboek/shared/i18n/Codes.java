package nl.mviwerkboek.shared.i18n;

import java.util.Locale;

/** Turns enum constants into the lower-case codes stored in the plan file and back. */
public final class Codes {

    private Codes() {
    }

    public static String of(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    public static <E extends Enum<E>> E parse(Class<E> type, String code) {
        return Enum.valueOf(type, code.toUpperCase(Locale.ROOT));
    }
}
