package nl.mviwerkboek.shared.ui;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;

/**
 * Gives menus, menu items and buttons an Alt+letter mnemonic, unique within each menu, button bar or dialog.
 * The bundles hold plain labels; the marker {@code _} is added here, only on the control, so a label used in
 * running text never shows it. A label's letter is the first free word start, else its first free letter.
 */
public final class Mnemonics {

    private Mnemonics() {
    }

    /** {@code text} with {@code _} before its first free letter (added to {@code taken}); other underscores doubled. */
    public static String mark(String text, Set<Character> taken) {
        String escaped = text.replace("_", "__");
        int at = pick(escaped, taken, true);
        if (at < 0) {
            at = pick(escaped, taken, false);
        }
        if (at < 0) {
            return escaped;
        }
        taken.add(Character.toUpperCase(escaped.charAt(at)));
        return escaped.substring(0, at) + "_" + escaped.substring(at);
    }

    private static int pick(String text, Set<Character> taken, boolean wordStartsOnly) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean wordStart = i == 0 || Character.isWhitespace(text.charAt(i - 1)) || text.charAt(i - 1) == '(';
            if (Character.isLetterOrDigit(c) && c != '_' && (wordStart || !wordStartsOnly)
                    && !taken.contains(Character.toUpperCase(c))) {
                return i;
            }
        }
        return -1;
    }

    /** The mnemonic letter of a marked text (upper case), or null when it has none. */
    public static Character letter(String marked) {
        for (int i = 0; i + 1 < marked.length(); i++) {
            if (marked.charAt(i) == '_') {
                if (marked.charAt(i + 1) != '_') {
                    return Character.toUpperCase(marked.charAt(i + 1));
                }
                i++;
            }
        }
        return null;
    }

    /** Marks the bar's menus, then every menu's items, each unique within its menu; returns the menus' letters. */
    public static Set<Character> menuBar(MenuBar bar) {
        Set<Character> taken = new HashSet<>();
        for (Menu menu : bar.getMenus()) {
            menu.setText(mark(menu.getText(), taken));
            menu.setMnemonicParsing(true);
            menu(menu);
        }
        return taken;
    }

    /** Marks the items of {@code menu} (and of its submenus), unique within each menu; marked items keep theirs. */
    public static void menu(Menu menu) {
        Set<Character> taken = new HashSet<>();
        List<MenuItem> unmarked = new ArrayList<>();
        for (MenuItem item : menu.getItems()) {
            if (item instanceof SeparatorMenuItem || item.getText() == null || item.textProperty().isBound()) {
                continue;
            }
            Character own = item.isMnemonicParsing() ? letter(item.getText()) : null;
            if (own == null) {
                unmarked.add(item);
            } else {
                taken.add(own);
            }
            if (item instanceof Menu sub) {
                menu(sub);
            }
        }
        for (MenuItem item : unmarked) {
            item.setText(mark(item.getText(), taken));
            item.setMnemonicParsing(true);
        }
    }

    /** Marks the buttons of a dialog's button bar, then the button bars in its content, each unique. */
    public static void dialog(DialogPane pane) {
        Set<Character> taken = new HashSet<>();
        for (ButtonType type : pane.getButtonTypes()) {
            if (pane.lookupButton(type) instanceof ButtonBase b && !b.textProperty().isBound()) {
                b.setText(mark(b.getText(), taken));
                b.setMnemonicParsing(true);
            }
        }
        if (pane.getContent() != null) {
            buttonBars(pane.getContent(), taken);
        }
    }

    /**
     * Marks the buttons under {@code root}, unique among the buttons that share a parent (a button bar) and
     * never using a letter of {@code reserved} (the menu bar's, say). Buttons whose text is bound are left alone.
     */
    public static void buttonBars(Node root, Set<Character> reserved) {
        List<ButtonBase> bar = new ArrayList<>();
        for (Node child : children(root)) {
            if (child instanceof ButtonBase b && b.getText() != null && !b.getText().isEmpty()
                    && !b.textProperty().isBound()) {
                bar.add(b);
            } else {
                buttonBars(child, reserved);
            }
        }
        Set<Character> taken = new HashSet<>(reserved);
        for (ButtonBase b : bar) {
            b.setText(mark(b.getText(), taken));
            b.setMnemonicParsing(true);
        }
    }

    private static List<Node> children(Node node) {
        List<Node> out = new ArrayList<>();
        if (node instanceof TabPane tabs) {
            for (Tab tab : tabs.getTabs()) {
                if (tab.getContent() != null) {
                    out.add(tab.getContent());
                }
            }
        } else if (node instanceof ScrollPane scroll && scroll.getContent() != null) {
            out.add(scroll.getContent());
        } else if (node instanceof TitledPane titled && titled.getContent() != null) {
            out.add(titled.getContent());
        } else if (node instanceof SplitPane split) {
            out.addAll(split.getItems());
        } else if (node instanceof javafx.scene.control.Control) {
            return out;
        } else if (node instanceof Parent parent) {
            out.addAll(parent.getChildrenUnmodifiable());
        }
        return out;
    }
}
