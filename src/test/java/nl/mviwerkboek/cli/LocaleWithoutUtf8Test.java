package nl.mviwerkboek.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** A plan name with ë on a system whose locale is not UTF-8 ({@code LANG=C}): a Dutch message, no stack trace. */
@EnabledOnOs(OS.LINUX)
class LocaleWithoutUtf8Test {

    /** The name as raw UTF-8 bytes, written by printf so that the test JVM's own locale does not matter. */
    private static final String NAME = "Plannen/Begroting-\\303\\253.mviplan";

    @TempDir
    Path dir;

    @Test
    void aPlanNameWithAnAccentUnderLangCGivesADutchMessageAndExitCodeOne() throws Exception {
        Files.createDirectories(dir.resolve("Plannen"));
        Run created = run("C.UTF-8", "new");
        assertEquals(0, created.exitCode(), "with a UTF-8 locale the name works: " + created.output());

        Run refused = run("C", "summary");

        assertEquals(CommandLine.FILE_PROBLEM, refused.exitCode(), refused.output());
        assertTrue(refused.output().contains("Bestandsnaam niet te lezen"), refused.output());
        assertTrue(refused.output().contains("LANG=nl_NL.UTF-8"), "says what to do: " + refused.output());
        assertFalse(refused.output().contains("Exception"), "no stack trace: " + refused.output());
        assertFalse(refused.output().contains("\tat "), "no stack trace: " + refused.output());
    }

    private record Run(int exitCode, String output) {
    }

    private Run run(String locale, String command) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String script = "exec \"$0\" -Dmvi.home=\"$1\" -cp \"$2\" nl.mviwerkboek.app.Launcher " + command
                + " --plan \"$(printf '" + NAME + "')\"";
        ProcessBuilder builder = new ProcessBuilder("/bin/sh", "-c", script, java, dir.resolve("data").toString(),
                System.getProperty("java.class.path")).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().keySet().removeIf(k -> k.startsWith("LC_") || k.equals("LANG") || k.equals("LANGUAGE"));
        builder.environment().put("LANG", locale);
        builder.environment().put("LC_ALL", locale);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(process.waitFor(), output);
    }
}
