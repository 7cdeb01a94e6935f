package nl.mviwerkboek.focus;

import nl.mviwerkboek.shared.i18n.Labelled;

/** How far the organisation means to go on a focus theme: 1 basis, 2 significant, 3 ambitieus. */
public enum AmbitionLevel implements Labelled {
    BASIS, SIGNIFICANT, AMBITIEUS;

    /** The level's number, 1 to 3, as stored. */
    public int number() {
        return ordinal() + 1;
    }

    /** The level with a number 1–3. */
    public static AmbitionLevel of(int number) {
        return values()[number - 1];
    }

    @Override
    public String labelKey() {
        return "ambition.level." + number();
    }

    /** The key of what the level means in practice. */
    public String meaningKey() {
        return "ambition.meaning." + number();
    }
}
