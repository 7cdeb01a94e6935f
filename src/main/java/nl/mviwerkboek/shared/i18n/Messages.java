package nl.mviwerkboek.shared.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/** Looks up user-visible texts in the resource bundles (Dutch default, English complete). */
public final class Messages {

    /** Base name of the bundles: {@code messages.properties} is Dutch, {@code messages_en.properties} English. */
    public static final String BUNDLE = "nl.mviwerkboek.i18n.messages";
    /** The Dutch locale used for texts and all number, amount and date formats. */
    public static final Locale DUTCH = Locale.of("nl", "NL");

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static volatile ResourceBundle bundle = load(DUTCH);
    private static volatile Locale locale = DUTCH;

    private Messages() {
    }

    /** Switches the language of all texts looked up from now on. */
    public static void setLocale(Locale newLocale) {
        Locale chosen = "en".equals(newLocale.getLanguage()) ? Locale.ENGLISH : DUTCH;
        bundle = load(chosen);
        locale = chosen;
    }

    /** The language texts are shown in. */
    public static Locale locale() {
        return locale;
    }

    /** The text for a key, with {@code {0}}-style arguments filled in when given. */
    public static String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        if (args.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, DUTCH).format(args);
    }

    /** Whether the bundle holds the key. */
    public static boolean has(String key) {
        return bundle.containsKey(Objects.requireNonNull(key));
    }

    /** Loads the bundle for a language without falling back to the machine's default locale. */
    public static ResourceBundle load(Locale forLocale) {
        Locale bundleLocale = "en".equals(forLocale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT;
        return ResourceBundle.getBundle(BUNDLE, bundleLocale, Messages.class.getClassLoader(), NO_FALLBACK);
    }
}
