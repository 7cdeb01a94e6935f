package nl.mviwerkboek.actions.tender;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import nl.mviwerkboek.shared.db.PlanDatabase;

/** The file of one tender in an open plan; every change returns the file as stored. */
public final class TenderService {

    private final PlanDatabase db;
    private final TenderStorage storage = new TenderStorage();
    private final EffectStorage effects = new EffectStorage();

    /** A service for one open plan. */
    public TenderService(PlanDatabase db) {
        this.db = db;
    }

    /** Everything recorded for the tender {@code actionId}. */
    public CompletableFuture<TenderFile> file(long actionId) {
        return db.read(c -> read(c, actionId));
    }

    /** Reads the file of one tender on {@code c}. */
    public static TenderFile read(Connection c, long actionId) throws SQLException {
        TenderStorage s = new TenderStorage();
        String[] outcome = s.outcome(c, actionId);
        return new TenderFile(actionId, s.criteria(c, actionId), s.consultations(c, actionId), outcome[0], outcome[1],
                new EffectStorage().list(c, actionId));
    }

    /** Adds a criterion. */
    public CompletableFuture<TenderFile> add(TenderCriterion k) {
        return db.change(c -> storage.insert(c, k), c -> read(c, k.actionId()));
    }

    /** Removes a criterion. */
    public CompletableFuture<TenderFile> delete(TenderCriterion k) {
        return db.change(c -> storage.delete(c, k), c -> read(c, k.actionId()));
    }

    /** Adds a consultation. */
    public CompletableFuture<TenderFile> add(MarketConsultation m) {
        return db.change(c -> storage.insert(c, m), c -> read(c, m.actionId()));
    }

    /** Removes a consultation. */
    public CompletableFuture<TenderFile> delete(MarketConsultation m) {
        return db.change(c -> storage.delete(c, m), c -> read(c, m.actionId()));
    }

    /** Saves what was offered and expected after award. */
    public CompletableFuture<TenderFile> saveOutcome(long actionId, String offered, String expected) {
        return db.change(c -> storage.saveOutcome(c, actionId, offered, expected), c -> read(c, actionId));
    }

    /** Adds an effect of the tender. */
    public CompletableFuture<TenderFile> add(Effect e) {
        return db.change(c -> effects.insert(c, e), c -> read(c, e.actionId()));
    }

    /** Removes an effect of the tender. */
    public CompletableFuture<TenderFile> delete(Effect e) {
        return db.change(c -> effects.delete(c, e), c -> read(c, e.actionId()));
    }
}
