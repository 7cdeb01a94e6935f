package nl.mviwerkboek.monitoring;

import nl.mviwerkboek.shared.i18n.Codes;
import nl.mviwerkboek.shared.i18n.Labelled;

/** Where a success was shared. */
public enum ShareChannel implements Labelled {
    INTRANET, COLLEGES, RAAD, PERS, LEVERANCIERS, PRIJS, NETWERK;

    /** The stored code. */
    public String code() {
        return Codes.of(this);
    }

    /** The channel with a stored code. */
    public static ShareChannel fromCode(String code) {
        return Codes.parse(ShareChannel.class, code);
    }

    @Override
    public String labelKey() {
        return "success.channel." + code();
    }
}
