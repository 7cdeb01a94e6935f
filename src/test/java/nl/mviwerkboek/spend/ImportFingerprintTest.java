package nl.mviwerkboek.spend;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The fingerprint's cheap paths give exactly what the stored fingerprints of earlier imports were made with. */
class ImportFingerprintTest {

    /** The hash as it was first written (strip, upper case, FNV-1a over the chars). */
    private static long original(String invoice) {
        long h = 0xcbf29ce484222325L;
        for (char ch : invoice.strip().toUpperCase(Locale.ROOT).toCharArray()) {
            h ^= ch;
            h *= 0x100000001b3L;
        }
        return h;
    }

    @Test
    void invoiceHashIsTheSameAsBeforeForPlainAndOddNumbers() {
        for (String invoice : List.of("F2024-0000001", "  f2024-0000001 ", "abc\t", "\u0001x\u0001", "straße-12",
                "Ａ１２", "ﬁ-7", "", " ", "\u2003F1\u2003", "x\u00a0")) {
            assertEquals(original(invoice), ImportFingerprint.hash(invoice), invoice);
        }
    }

    @Test
    void periodIsWrittenAsFormatWritesIt() {
        for (int year : new int[] {0, 7, 99, 1999, 2025, 12345}) {
            for (int month = 1; month <= 12; month++) {
                assertEquals(String.format(Locale.ROOT, "%04d-%02d", year, month), ImportFingerprint.period(year, month));
            }
        }
    }

    @Test
    void cellsAreVisitedInKeyOrderWithTheirSums() throws Exception {
        ImportFingerprint f = new ImportFingerprint();
        for (int i = 0; i < 20_000; i++) {
            f.add(20_000 - i % 5_000, new ParsedLine(i, "S", null, 100 + i, java.time.LocalDate.of(2025, 1 + i % 12, 1),
                    2025, null, null, null, null, i % 2 == 0 ? "F" + i : null, null, null, null, null));
        }
        List<String> seen = new ArrayList<>();
        long[] totals = new long[2];
        f.forEach((supplier, period, cents, lines, invoices, sum) -> {
            seen.add(String.format("%06d %s", supplier, period));
            totals[0] += lines;
            totals[1] += invoices;
        });
        List<String> sorted = new ArrayList<>(seen);
        java.util.Collections.sort(sorted);
        assertEquals(sorted, seen);
        assertEquals(20_000, totals[0]);
        assertEquals(10_000, totals[1]);
    }
}
