package nl.mviwerkboek.spend;

import java.util.ArrayList;
import java.util.List;
import nl.mviwerkboek.exchange.CellText;
import nl.mviwerkboek.shared.i18n.Messages;

/** A header row's column names for a message: the first few, each cut short, then how many more there are. */
public final class HeaderSummary {

    /** How many names a message lists. */
    static final int NAMES = 12;
    /** The longest name a message shows. */
    static final int NAME_CHARS = 40;

    private HeaderSummary() {
    }

    /** E.g. "Leverancier | Bedrag | … en nog 16.370 kolommen"; empty names show as "(leeg)". */
    public static String of(List<String> header) {
        List<String> shown = new ArrayList<>();
        for (String name : header.subList(0, Math.min(NAMES, header.size()))) {
            String clean = CellText.singleLine(name.length() > NAME_CHARS * 4 ? name.substring(0, NAME_CHARS * 4)
                    : name);
            shown.add(clean.isEmpty() ? Messages.get("spend.columns.empty")
                    : clean.length() <= NAME_CHARS ? clean : clean.substring(0, NAME_CHARS) + "…");
        }
        String names = String.join(" | ", shown);
        int more = header.size() - shown.size();
        return more <= 0 ? names : names + " " + Messages.get("spend.columns.more", more);
    }
}
