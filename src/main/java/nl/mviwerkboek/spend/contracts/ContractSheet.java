package nl.mviwerkboek.spend.contracts;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.mviwerkboek.exchange.SheetCell;

/**
 * A contract register file as first read: its header row and names, the first data rows for the
 * preview, and the columns suggested for each field (remembered from last time, or by their names).
 */
public record ContractSheet(Path file, int sheetIndex, long headerRow, List<String> headers,
                            List<List<SheetCell>> sample, List<Long> sampleRows,
                            Map<ContractField, Integer> suggested) {

    /** The header names in a form that identifies the layout, to remember the mapping by. */
    public String signature() {
        return "contract|" + headers.stream().map(h -> h.strip().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining("|"));
    }

    /** The same sheet with other suggested columns. */
    public ContractSheet withSuggested(Map<ContractField, Integer> mapping) {
        return new ContractSheet(file, sheetIndex, headerRow, headers, sample, sampleRows, Map.copyOf(mapping));
    }
}
