package nl.mviwerkboek.cli;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The options after a command: {@code --name value} pairs and {@code --flag} switches. */
final class CliArguments {

    private final Map<String, String> values = new HashMap<>();
    private final Set<String> flags = new HashSet<>();

    private CliArguments() {
    }

    /** Parses options; those in {@code flagNames} take no value. Fails on anything else. */
    static CliArguments parse(List<String> args, Set<String> valueNames, Set<String> flagNames) {
        CliArguments result = new CliArguments();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (flagNames.contains(arg)) {
                result.flags.add(arg);
            } else if (valueNames.contains(arg) && i + 1 < args.size()) {
                result.values.put(arg, args.get(++i));
            } else {
                throw new CliUsageException(arg);
            }
        }
        return result;
    }

    Optional<String> value(String name) {
        return Optional.ofNullable(values.get(name));
    }

    boolean flag(String name) {
        return flags.contains(name);
    }

    /** An option the user gave wrongly or not at all. */
    static final class CliUsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CliUsageException(String what) {
            super(what);
        }
    }
}
