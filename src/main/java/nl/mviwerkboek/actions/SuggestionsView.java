package nl.mviwerkboek.actions;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.ui.Controls;

/** The suggestions tab: a card per suggestion with why it is made, the proposed action, and take over or not needed. */
final class SuggestionsView extends VBox {

    private final ActionsViewModel vm;
    private final VBox cards = new VBox(10);

    SuggestionsView(ActionsViewModel vm) {
        super(12);
        this.vm = vm;
        setId("suggestions-view");
        cards.setId("suggestion-cards");
        Button restore = Controls.button("suggestion-restore", "suggestion.action.restore", "mdi2u-undo-variant");
        restore.setOnAction(e -> vm.restoreDismissed());
        vm.suggestions().addListener((ListChangeListener<Suggestion>) c -> draw());
        getChildren().addAll(Controls.hint("suggestion.intro"), cards, restore);
        draw();
    }

    private void draw() {
        cards.getChildren().clear();
        if (vm.suggestions().isEmpty()) {
            Label none = new Label(Messages.get("suggestion.none"));
            none.setId("suggestion-none");
            none.getStyleClass().add("next-step");
            cards.getChildren().add(none);
            return;
        }
        for (int i = 0; i < vm.suggestions().size(); i++) {
            cards.getChildren().add(card(vm.suggestions().get(i), i));
        }
    }

    private VBox card(Suggestion s, int index) {
        Label kind = new Label(s.kind().label());
        kind.getStyleClass().add("suggestion-kind");
        Label reason = new Label(s.reason());
        reason.setWrapText(true);
        Label proposal = new Label(Messages.get("suggestion.proposal", s.proposal().title()));
        proposal.setWrapText(true);
        proposal.getStyleClass().add("suggestion-proposal");
        Button accept = Controls.button("suggestion-accept-" + index, "suggestion.action.accept", "mdi2c-check");
        accept.getStyleClass().add("accent");
        accept.setOnAction(e -> new ActionDialog(getScene().getWindow(), vm.form(s.proposal()), "suggestion.dialog.title")
                .ask().ifPresent(a -> vm.accept(s, a)));
        Button dismiss = Controls.button("suggestion-dismiss-" + index, "suggestion.action.dismiss", "mdi2c-close");
        dismiss.setOnAction(e -> vm.dismiss(s));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox head = new HBox(8, kind, gap, accept, dismiss);
        head.setAlignment(Pos.CENTER_LEFT);
        VBox card = new VBox(6, head, reason, proposal);
        card.setId("suggestion-" + index);
        card.getStyleClass().add("suggestion-card");
        return card;
    }
}
