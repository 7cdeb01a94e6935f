package nl.mviwerkboek.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletionException;
import nl.mviwerkboek.shared.db.PlanCopies;
import nl.mviwerkboek.shared.settings.DataFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupCommandsTest {

    @TempDir
    Path dir;

    @Test
    void backupWritesAVerifiedCopyAndRestoreMakesANewPlanButNeverOverwrites() throws Exception {
        CliRun cli = new CliRun(dir.resolve("home"));
        Path plan = dir.resolve("plan.mviplan");
        assertEquals(0, cli.run("new", "--plan", plan.toString()));
        cli.resetOut();

        assertEquals(0, cli.run("backup", "--plan", plan.toString()), cli.err());
        Path backup = Path.of(cli.out());
        assertTrue(backup.startsWith(dir.resolve("home/backups")), backup.toString());
        assertTrue(backup.getFileName().toString().startsWith("plan-backup-"), backup.toString());
        PlanCopies.verify(backup);

        cli.resetOut();
        Path chosen = dir.resolve("elders/kopie.mviplan");
        assertEquals(0, cli.run("backup", "--plan", plan.toString(), "--to", chosen.toString()), cli.err());
        assertEquals(chosen.toString(), cli.out());
        assertEquals(1, cli.run("backup", "--plan", plan.toString(), "--to", chosen.toString()));
        assertTrue(cli.err().startsWith("Er staat al een bestand met deze naam"), cli.err());

        cli.resetOut();
        cli.resetErr();
        Path restored = dir.resolve("Plan (teruggezet).mviplan");
        assertEquals(0, cli.run("restore", "--backup", backup.toString(), "--to", restored.toString()), cli.err());
        assertEquals("Teruggezet als nieuw plan: " + restored, cli.out());
        assertEquals(-1L, Files.mismatch(backup, restored));
        cli.resetOut();
        assertEquals(0, cli.run("summary", "--plan", restored.toString()));
        String restoredSummary = cli.out();
        cli.resetOut();
        assertEquals(0, cli.run("summary", "--plan", plan.toString()));
        assertEquals(cli.out(), restoredSummary);

        Path existing = Files.writeString(dir.resolve("bestaat.mviplan"), "van mij");
        assertEquals(1, cli.run("restore", "--backup", backup.toString(), "--to", existing.toString()));
        assertTrue(cli.err().startsWith("Er staat al een bestand met deze naam"), cli.err());
        assertEquals("van mij", Files.readString(existing));

        cli.resetErr();
        assertEquals(1, cli.run("restore", "--backup", dir.resolve("weg.mviplan").toString(), "--to",
                dir.resolve("nieuw.mviplan").toString()));
        assertTrue(Files.notExists(dir.resolve("nieuw.mviplan")));
        cli.resetErr();
        assertEquals(2, cli.run("restore", "--backup", backup.toString()));
        assertTrue(cli.err().contains("--to"), cli.err());
    }

    @Test
    void bothCommandsExplainThemselves() {
        CliRun cli = new CliRun(dir.resolve("home"));
        assertEquals(0, cli.run("backup", "--help"));
        assertTrue(cli.out().contains("backup --plan PLAN [--to BESTAND]"), cli.out());
        cli.resetOut();
        assertEquals(0, cli.run("restore", "--help"));
        assertTrue(cli.out().contains("--backup BACK-UP --to NIEUW.mviplan"), cli.out());
        cli.resetOut();
        assertEquals(0, cli.run("--help"));
        assertTrue(cli.out().contains("restore --backup"), cli.out());
        assertTrue(CommandLine.isCommand("backup") && CommandLine.isCommand("restore"));
    }

    @Test
    void anErrorSuchAsRunningOutOfMemoryIsToldInDutchWithExitCodeOne() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CommandLine cli = new CommandLine(new CliOutput(new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8)), DataFolder.at(dir.resolve("home")));
        assertEquals(CommandLine.FILE_PROBLEM, cli.failed(new CompletionException(new OutOfMemoryError("Java heap space"))));
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.startsWith("Er was niet genoeg werkgeheugen"), message);
        assertTrue(message.contains("-Xmx2g"), message);
        err.reset();
        assertEquals(CommandLine.FILE_PROBLEM, cli.failed(new StackOverflowError()));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("Er ging iets mis: StackOverflowError"), err.toString());
    }
}
