package nl.mviwerkboek.actions;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import nl.mviwerkboek.focus.FocusPicture;
import nl.mviwerkboek.focus.FocusService;
import nl.mviwerkboek.plan.PlanProfile;
import nl.mviwerkboek.plan.ProfileStorage;
import nl.mviwerkboek.shared.db.PlanDatabase;
import nl.mviwerkboek.spend.contracts.Contract;
import nl.mviwerkboek.spend.contracts.ContractStorage;

/** The action list of an open plan: actions, their log, status changes and suggestions; every change saved at once. */
public final class ActionService {

    private final PlanDatabase db;
    private final Supplier<LocalDate> today;
    private final ActionStorage actions = new ActionStorage();
    private final SuggestionStorage suggestions = new SuggestionStorage();

    /** A service for one open plan; changes are dated {@code today}. */
    public ActionService(PlanDatabase db, Supplier<LocalDate> today) {
        this.db = db;
        this.today = today;
    }

    /** Everything the chapter shows, in one read. */
    public CompletableFuture<ActionsPicture> picture() {
        return db.read(this::read);
    }

    private ActionsPicture read(Connection c) throws SQLException {
        return read(c, today.get());
    }

    /** Reads the chapter's picture on a connection (also used by the summary and monitoring). */
    public static ActionsPicture read(Connection c, LocalDate day) throws SQLException {
        ActionStorage storage = new ActionStorage();
        List<Action> list = storage.list(c);
        FocusPicture focus = FocusService.read(c);
        List<Contract> contracts = new ContractStorage().list(c);
        PlanProfile profile = new ProfileStorage().load(c);
        return new ActionsPicture(list, storage.notes(c), storage.changes(c), focus, contracts,
                profile.periodStart(), profile.periodEnd(), Suggestions.find(focus, contracts, list,
                profile.periodStart(), profile.periodEnd(), new SuggestionStorage().answered(c), day));
    }

    /** Adds an action. */
    public CompletableFuture<ActionsPicture> add(Action a) {
        return db.change(c -> actions.insert(c, a, today.get()), this::read);
    }

    /** Saves changes to an action. */
    public CompletableFuture<ActionsPicture> update(Action a) {
        return db.change(c -> actions.update(c, a, today.get()), this::read);
    }

    /** Gives every action in the list the same status, in one transaction. */
    public CompletableFuture<ActionsPicture> setStatus(List<Action> list, ActionStatus status) {
        return db.change(c -> {
            for (Action a : list) {
                actions.update(c, a.withStatus(status), today.get());
            }
        }, this::read);
    }

    /** Removes an action with its log. */
    public CompletableFuture<ActionsPicture> delete(Action a) {
        return db.change(c -> actions.delete(c, a.id()), this::read);
    }

    /** Adds a note, dated today, to an action's log. */
    public CompletableFuture<ActionsPicture> addNote(long actionId, String text) {
        return db.change(c -> actions.addNote(c, new ActionNote(0, actionId, today.get(), text.strip())), this::read);
    }

    /** Removes a note from a log. */
    public CompletableFuture<ActionsPicture> deleteNote(ActionNote n) {
        return db.change(c -> actions.deleteNote(c, n.id()), this::read);
    }

    /** Stores the (possibly edited) action of a suggestion and remembers the suggestion as accepted. */
    public CompletableFuture<ActionsPicture> accept(Suggestion s, Action a) {
        return db.change(c -> {
            actions.insert(c, a, today.get());
            suggestions.answer(c, s.key(), true, today.get());
        }, this::read);
    }

    /** Remembers a suggestion as dismissed: it is not offered again. */
    public CompletableFuture<ActionsPicture> dismiss(Suggestion s) {
        return db.change(c -> suggestions.answer(c, s.key(), false, today.get()), this::read);
    }

    /** Offers every dismissed suggestion again. */
    public CompletableFuture<ActionsPicture> restoreDismissed() {
        return db.change(suggestions::forgetDismissed, this::read);
    }
}
