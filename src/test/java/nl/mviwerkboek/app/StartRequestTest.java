package nl.mviwerkboek.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The arguments the operating system and the launchers pass at start. */
class StartRequestTest {

    @Test
    void aPlanFileAsTheFileAssociationPassesItIsOpened() {
        StartRequest r = StartRequest.parse(List.of("/home/anna/Documenten/Actieplan 2026.mviplan"));
        assertEquals(Optional.of(Path.of("/home/anna/Documenten/Actieplan 2026.mviplan")), r.plan());
        assertFalse(r.sample() || r.smoke());
    }

    @Test
    void relativeUpperCaseAndUriFormsAreUnderstoodAndOtherArgumentsIgnored() {
        assertEquals(Optional.of(Path.of("PLAN.MVIPLAN").toAbsolutePath()),
                StartRequest.parse(List.of("-psn_0_12345", "PLAN.MVIPLAN")).plan());
        assertEquals(Optional.of(Path.of("/tmp/mijn plan.mviplan")),
                StartRequest.parse(List.of("file:/tmp/mijn%20plan.mviplan")).plan());
        assertEquals(StartRequest.lastPlan(), StartRequest.parse(List.of("--onbekend", "notities.txt")));
    }

    @Test
    void sampleAndSmoke() {
        assertEquals(StartRequest.samplePlan(), StartRequest.parse(List.of("--sample")));
        assertEquals(Optional.of(Path.of("/a/b.mviplan")), StartRequest.parse(List.of("--sample", "/a/b.mviplan")).plan(),
                "a plan file wins over --sample");
        StartRequest smoke = StartRequest.parse(List.of("--smoke", "/a/b.mviplan"));
        assertTrue(smoke.smoke() && smoke.sample() && smoke.plan().isEmpty(), "the smoke run always uses the sample");
    }

    @Test
    void aPlanNameThisSystemCannotRepresentOpensNothingAndIsExplained() {
        // an unpaired surrogate cannot be encoded as a file name, like ë under LANG=C
        List<String> args = List.of("/home/inkoop/Begroting-\uD800.mviplan");
        StartRequest request = StartRequest.parse(args);
        assertEquals(Optional.empty(), request.plan());
        assertEquals(Optional.of(args.get(0)), StartRequest.unreadablePlan(args));
        assertEquals(Optional.empty(), StartRequest.unreadablePlan(List.of("/home/inkoop/Begroting.mviplan")));
    }
}
