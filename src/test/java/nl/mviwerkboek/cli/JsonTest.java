package nl.mviwerkboek.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The command line's JSON output, written by Jackson, keeps map order, types and escapes. */
class JsonTest {

    @Test
    void mapsListsNumbersBooleansNullsAndTextInOrder() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("z", 1);
        m.put("a", 18_354_272_268L);
        m.put("share", 0.9839);
        m.put("list", Arrays.asList(true, null, "x"));
        m.put("nested", Map.of("k", List.of()));
        m.put(null, java.time.LocalDate.of(2026, 12, 31));
        assertEquals("{\"z\":1,\"a\":18354272268,\"share\":0.9839,\"list\":[true,null,\"x\"],\"nested\":{\"k\":[]},"
                + "\"null\":\"2026-12-31\"}", Json.write(m));
    }

    @Test
    void textIsEscapedAsJsonAndNonAsciiKeptAsItIs() {
        assertEquals("\"Waterschap \\\"De Dijk\\\" \\\\ \\n\\t café\"", Json.write("Waterschap \"De Dijk\" \\ \n\t café"));
    }
}
