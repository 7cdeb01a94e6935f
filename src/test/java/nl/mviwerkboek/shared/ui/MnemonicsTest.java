package nl.mviwerkboek.shared.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MnemonicsTest {

    @Test
    void takesTheFirstFreeWordStartThenAnyFreeLetter() {
        Set<Character> taken = new HashSet<>();
        assertEquals("_Openen…", Mnemonics.mark("Openen…", taken));
        assertEquals("Opslaan _als kopie…", Mnemonics.mark("Opslaan als kopie…", taken));
        assertEquals("O_pslaan", Mnemonics.mark("Opslaan", taken));
        assertEquals(Set.of('O', 'A', 'P'), taken);
    }

    @Test
    void reservedLettersAreLeftAndUnderscoresInTheTextStayVisible() {
        Set<Character> taken = new HashSet<>(Set.of('B', 'I'));
        assertEquals("I_mporteren", Mnemonics.mark("Importeren", taken));
        assertEquals("_plan__2026", Mnemonics.mark("plan_2026", taken));
        assertEquals('P', Mnemonics.letter("_plan__2026"));
        assertEquals('A', Mnemonics.letter("plan__2026 _af"));
        assertNull(Mnemonics.letter("plan__2026"));
    }

    @Test
    void aTextWithoutAFreeLetterGetsNone() {
        Set<Character> taken = new HashSet<>(Set.of('O', 'K'));
        assertEquals("OK", Mnemonics.mark("OK", taken));
    }
}
