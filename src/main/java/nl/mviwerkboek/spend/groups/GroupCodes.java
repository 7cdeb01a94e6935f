package nl.mviwerkboek.spend.groups;

import java.util.List;
import java.util.Locale;
import nl.mviwerkboek.spend.parse.Accents;

/** Makes the stable code of a new product group from its name, unique within the plan. */
final class GroupCodes {

    private GroupCodes() {
    }

    static String newCode(String name, List<ProductGroup> existing) {
        String base = Accents.strip(name).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (base.isEmpty()) {
            base = "groep";
        }
        String code = base;
        for (int n = 2; taken(code, existing); n++) {
            code = base + "-" + n;
        }
        return code;
    }

    private static boolean taken(String code, List<ProductGroup> existing) {
        return existing.stream().anyMatch(g -> g.code().equals(code));
    }
}
