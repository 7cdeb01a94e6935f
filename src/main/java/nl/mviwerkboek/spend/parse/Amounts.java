package nl.mviwerkboek.spend.parse;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads amounts as written in financial exports into exact cents: {@code 1.234,56}, {@code 1,234.56},
 * {@code € -12,50}, {@code -€ 12,50}, {@code (12,50)}, {@code 12,50-}, {@code EUR 12,50}.
 */
public final class Amounts {

    /** Optional "(", sign, digits with separators, trailing sign, optional ")". */
    private static final Pattern AMOUNT = Pattern.compile("(\\(?)([-+]?)(\\d(?:[\\d.,]*\\d)?)(-?)(\\)?)");

    private Amounts() {
    }

    /** The evidence one value gives about the decimal separator, or empty when it gives none. */
    public static Optional<DecimalStyle> evidence(String text) {
        Matcher m = AMOUNT.matcher(stripCurrency(text));
        if (!m.matches()) {
            return Optional.empty();
        }
        String digits = m.group(3);
        int comma = digits.lastIndexOf(',');
        int dot = digits.lastIndexOf('.');
        if (comma >= 0 && dot >= 0) {
            return Optional.of(comma > dot ? DecimalStyle.COMMA : DecimalStyle.DOT);
        }
        int sep = Math.max(comma, dot);
        if (sep < 0) {
            return Optional.empty();
        }
        char c = digits.charAt(sep);
        if (digits.indexOf(c) != sep) {
            // "1.234.567": a repeated separator groups thousands, so the decimal one is the other
            return Optional.of(c == '.' ? DecimalStyle.COMMA : DecimalStyle.DOT);
        }
        if (digits.length() - sep - 1 == 3) {
            return Optional.empty(); // "1.234" could be either
        }
        return Optional.of(c == ',' ? DecimalStyle.COMMA : DecimalStyle.DOT);
    }

    /** Reads an amount written as text, using {@code style} where the text itself does not tell. */
    public static Optional<Long> parseCents(String text, DecimalStyle style) {
        if (text == null) {
            return Optional.empty();
        }
        long quick = quick(text, style);
        if (quick != Long.MIN_VALUE) {
            return Optional.of(quick);
        }
        Matcher m = AMOUNT.matcher(stripCurrency(text));
        if (!m.matches() || m.group(1).isEmpty() != m.group(5).isEmpty()) {
            return Optional.empty();
        }
        boolean negative = !m.group(1).isEmpty() ^ "-".equals(m.group(2)) ^ "-".equals(m.group(4));
        String digits = m.group(3);
        DecimalStyle actual = evidence(digits).orElse(style);
        String plain = actual == DecimalStyle.COMMA ? digits.replace(".", "").replace(',', '.') : digits.replace(",", "");
        if (plain.indexOf('.') != plain.lastIndexOf('.') || plain.endsWith(".")) {
            return Optional.empty();
        }
        long cents = numberToCents(new BigDecimal(plain));
        return Optional.of(negative ? -cents : cents);
    }

    /**
     * The common shape (optional minus, digits, separators, at most two decimals) without regular
     * expressions; {@code Long.MIN_VALUE} when the text needs the full rules.
     */
    private static long quick(String s, DecimalStyle style) {
        int n = s.length();
        if (n == 0 || n > 18) {
            return Long.MIN_VALUE;
        }
        boolean negative = s.charAt(0) == '-';
        int comma = -1;
        int dot = -1;
        int commas = 0;
        int dots = 0;
        for (int i = negative ? 1 : 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == ',') {
                comma = i;
                commas++;
            } else if (c == '.') {
                dot = i;
                dots++;
            } else if (c < '0' || c > '9') {
                return Long.MIN_VALUE;
            }
        }
        int start = negative ? 1 : 0;
        if (n == start || s.charAt(n - 1) < '0' || s.charAt(start) < '0') {
            return Long.MIN_VALUE;
        }
        char decimal;
        if (commas > 0 && dots > 0) {
            decimal = comma > dot ? ',' : '.';
        } else if (commas + dots == 0) {
            decimal = 0;
        } else {
            char only = commas > 0 ? ',' : '.';
            int last = Math.max(comma, dot);
            boolean ambiguous = commas + dots == 1 && n - last - 1 == 3;
            decimal = commas + dots > 1 ? (only == '.' ? ',' : '.')
                    : ambiguous ? (style == DecimalStyle.COMMA ? ',' : '.') : only;
        }
        long whole = 0;
        long fraction = 0;
        int decimals = 0;
        boolean afterDecimal = false;
        for (int i = start; i < n; i++) {
            char c = s.charAt(i);
            if (c == decimal) {
                if (afterDecimal) {
                    return Long.MIN_VALUE;
                }
                afterDecimal = true;
            } else if (c >= '0' && c <= '9') {
                if (afterDecimal) {
                    if (++decimals > 2) {
                        return Long.MIN_VALUE;
                    }
                    fraction = fraction * 10 + (c - '0');
                } else {
                    whole = whole * 10 + (c - '0');
                }
            }
        }
        long cents = whole * 100 + (decimals == 1 ? fraction * 10 : fraction);
        return negative ? -cents : cents;
    }

    /** Reads a number cell's plain value ({@code 1234.5}) into cents, rounding half up. */
    public static long numberToCents(BigDecimal number) {
        return number.setScale(2, RoundingMode.HALF_UP).movePointRight(2).longValueExact();
    }

    /** Removes currency signs, spaces and apostrophes so that only the number and its sign remain. */
    private static String stripCurrency(String text) {
        String s = text.strip().replace("\u00a0", "").replace(" ", "").replace("'", "");
        String lower = s.toLowerCase(Locale.ROOT);
        int eur = lower.indexOf("eur");
        if (eur >= 0) {
            s = s.substring(0, eur) + s.substring(eur + 3);
        }
        return s.replace("€", "");
    }
}
