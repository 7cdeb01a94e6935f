package nl.mviwerkboek.shared.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.javafx.IkonResolver;

class IconLiteralsTest {

    private static final Pattern LITERAL = Pattern.compile("\"(mdi2[a-z]-[a-z0-9-]+)\"");

    @Test
    void everyIconNamedInTheSourceExistsInTheIconPack() throws IOException {
        TreeSet<String> literals = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = LITERAL.matcher(Files.readString(file));
                while (m.find()) {
                    literals.add(m.group(1));
                }
            }
        }
        assertFalse(literals.isEmpty());
        List<String> unknown = new ArrayList<>();
        for (String literal : literals) {
            try {
                IkonResolver.getInstance().resolve(literal).resolve(literal);
            } catch (RuntimeException e) {
                unknown.add(literal);
            }
        }
        assertEquals(List.of(), unknown);
    }
}
