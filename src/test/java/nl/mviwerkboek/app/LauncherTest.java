package nl.mviwerkboek.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which arguments start the window and which run the command line (issue 16, item 17). */
class LauncherTest {

    @Test
    void aMistypedCommandWordRunsTheCommandLineNotTheWindow() {
        assertTrue(Launcher.runsCommand("chek", "--plan", "P"));
        assertTrue(Launcher.runsCommand("Summary", "--plan", "P"));
        assertTrue(Launcher.runsCommand("--onbekend"));
        assertTrue(Launcher.runsCommand("notities.txt"));
    }

    @Test
    void commandsAndHelpRunTheCommandLine() {
        assertTrue(Launcher.runsCommand("summary", "--plan", "P"));
        assertTrue(Launcher.runsCommand("--help"));
        assertTrue(Launcher.runsCommand("help"));
    }

    @Test
    void nothingAPlanFileOrTheAppsOwnOptionsOpenTheWindow() {
        assertFalse(Launcher.runsCommand());
        assertFalse(Launcher.runsCommand("/home/anna/Actieplan 2026.mviplan"));
        assertFalse(Launcher.runsCommand("PLAN.MVIPLAN"));
        assertFalse(Launcher.runsCommand("file:/tmp/mijn%20plan.mviplan"));
        assertFalse(Launcher.runsCommand("--sample"));
        assertFalse(Launcher.runsCommand("--smoke"));
        assertFalse(Launcher.runsCommand("-psn_0_12345", "PLAN.mviplan"));
    }
}
