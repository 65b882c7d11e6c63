package org.rapporteur.ui;

import java.util.function.Consumer;
import javafx.scene.control.MenuButton;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;

/**
 * The language chooser every screen shows: the button names the language spoken, its menu the four, each in its
 * own name — so a reader lost in a language they do not read still finds theirs.
 */
final class LanguageMenu {
    static final String ID = "languageMenu";

    private LanguageMenu() {
    }

    static void fill(MenuButton menu, UiLanguage spoken, UiText texts, Consumer<UiLanguage> choose) {
        menu.setId(ID);
        menu.setText(spoken.nativeName());
        menu.setTooltip(new Tooltip(texts.get("language.tooltip")));
        menu.setAccessibleText(texts.get("language.title"));
        menu.getItems().clear();
        ToggleGroup group = new ToggleGroup();
        for (UiLanguage language : UiLanguage.values()) {
            RadioMenuItem item = new RadioMenuItem(language.nativeName());
            item.setId("language-" + language.code());
            item.setToggleGroup(group);
            item.setSelected(language == spoken);
            item.setOnAction(e -> choose.accept(language));
            menu.getItems().add(item);
        }
    }
}
