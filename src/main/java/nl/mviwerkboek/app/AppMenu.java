package nl.mviwerkboek.app;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.ui.Chapter;
import nl.mviwerkboek.shared.ui.Mnemonics;
import nl.mviwerkboek.shared.ui.Zoom;

/** The menu bar: Bestand, Ga naar (Ctrl+1…9), Beeld (zoom), Instellingen and Help. */
final class AppMenu extends MenuBar {

    AppMenu(WorkbenchViewModel vm, FileActions actions, Runnable onLanguageChanged, Runnable onExit,
            Runnable onGuide, Runnable onAbout) {
        setId("menu-bar");
        Menu recent = new Menu(Messages.get("menu.file.recent"));
        recent.setId("menu-recent");
        fillRecent(recent, vm, actions);
        vm.recentPlans().addListener((ListChangeListener<Path>) c -> fillRecent(recent, vm, actions));

        MenuItem copy = item("menu-save-copy", "menu.file.saveCopy", null, actions::saveCopy);
        MenuItem backup = item("menu-backup", "menu.file.backup", null, actions::backup);
        MenuItem check = item("menu-check", "menu.file.check", null, actions::checkPlan);
        MenuItem restore = item("menu-restore", "menu.file.restore", null, actions::restoreBackup);
        MenuItem close = item("menu-close", "menu.file.close", "Shortcut+W", actions::close);
        for (MenuItem needsPlan : new MenuItem[] {copy, backup, check, close}) {
            needsPlan.disableProperty().bind(vm.sessionProperty().isNull());
        }
        Menu file = new Menu(Messages.get("menu.file"), null,
                item("menu-new", "menu.file.new", "Shortcut+N", actions::newPlan),
                item("menu-open", "menu.file.open", "Shortcut+O", actions::openPlan),
                recent,
                item("menu-sample", "menu.file.sample", null, actions::openSample),
                new SeparatorMenuItem(), copy, backup, restore, check, new SeparatorMenuItem(), close,
                item("menu-exit", "menu.file.exit", "Shortcut+Q", onExit));
        file.setId("menu-file");

        Menu go = new Menu(Messages.get("menu.go"));
        go.setId("menu-go");
        int n = 1;
        for (Chapter chapter : vm.chapters()) {
            MenuItem to = item("menu-go-" + chapter.id(), null, "Shortcut+" + n++, () -> vm.chapterProperty().set(chapter));
            to.setText(chapter.label());
            to.disableProperty().bind(vm.sessionProperty().isNull());
            go.getItems().add(to);
        }

        Menu view = new Menu(Messages.get("menu.view"), null,
                zoomItem("menu-zoom-in", "menu.view.zoomIn", KeyCode.PLUS, Zoom::in),
                zoomItem("menu-zoom-out", "menu.view.zoomOut", KeyCode.MINUS, Zoom::out),
                zoomItem("menu-zoom-reset", "menu.view.zoomReset", KeyCode.DIGIT0, Zoom::reset));
        view.setId("menu-view");

        Menu language = new Menu(Messages.get("menu.settings.language"));
        ToggleGroup languages = new ToggleGroup();
        for (Locale locale : new Locale[] {Messages.DUTCH, Locale.ENGLISH}) {
            RadioMenuItem option = new RadioMenuItem(Messages.get("language." + locale.getLanguage()));
            option.setId("menu-language-" + locale.getLanguage());
            option.setToggleGroup(languages);
            option.setSelected(Messages.locale().getLanguage().equals(locale.getLanguage()));
            option.setOnAction(e -> {
                vm.settings().setLanguage(locale);
                Messages.setLocale(locale);
                onLanguageChanged.run();
            });
            language.getItems().add(option);
        }
        language.setId("menu-language");
        Menu settings = new Menu(Messages.get("menu.settings"), null, language);
        settings.setId("menu-settings");
        Menu help = new Menu(Messages.get("menu.help"), null, item("menu-guide", "menu.help.guide", "F1", onGuide),
                item("menu-about", "menu.help.about", null, onAbout));
        help.setId("menu-help");
        getMenus().addAll(file, go, view, settings, help);
        Mnemonics.menuBar(this);
    }

    /** The letters of the menus' own mnemonics (Alt+B for Bestand, …), which the pages' buttons leave free. */
    static Set<Character> titleLetters() {
        Set<Character> taken = new HashSet<>();
        for (String key : new String[] {"menu.file", "menu.go", "menu.view", "menu.settings", "menu.help"}) {
            Mnemonics.mark(Messages.get(key), taken);
        }
        return taken;
    }

    private static void fillRecent(Menu recent, WorkbenchViewModel vm, FileActions actions) {
        recent.getItems().clear();
        int n = 1;
        for (Path plan : vm.recentPlans()) {
            String text = (plan.getFileName() + "  —  " + plan.getParent()).replace("_", "__");
            MenuItem item = new MenuItem(n <= 9 ? "_" + n++ + "  " + text : text);
            item.setOnAction(e -> actions.openRecent(plan));
            recent.getItems().add(item);
        }
        if (recent.getItems().isEmpty()) {
            MenuItem none = new MenuItem(Messages.get("menu.file.recent.none"));
            none.setDisable(true);
            recent.getItems().add(none);
        }
        Mnemonics.menu(recent);
    }

    private static MenuItem zoomItem(String id, String key, KeyCode key0, Runnable action) {
        MenuItem item = item(id, key, null, action);
        item.setAccelerator(new KeyCodeCombination(key0, KeyCombination.SHORTCUT_DOWN));
        return item;
    }

    private static MenuItem item(String id, String key, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(key == null ? "" : Messages.get(key));
        item.setId(id);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
