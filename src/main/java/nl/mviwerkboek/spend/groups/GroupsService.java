package nl.mviwerkboek.spend.groups;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import nl.mviwerkboek.shared.db.DbWork;
import nl.mviwerkboek.shared.db.PlanDatabase;
import nl.mviwerkboek.shared.task.BackgroundJob;
import nl.mviwerkboek.shared.task.JobContext;
import nl.mviwerkboek.shared.task.UiCallbacks;

/**
 * Product groups, rules and assignments of one open plan. Every change is saved at once and marks
 * the lines for classification; {@link #reclassifyJob()} then brings lines and summary up to date.
 */
public final class GroupsService {

    private final PlanDatabase db;
    private final ProductGroupStorage groups = new ProductGroupStorage();
    private final RuleStorage rules = new RuleStorage();
    private final AssignmentStorage assignments = new AssignmentStorage();
    private final ClassificationStorage classification = new ClassificationStorage();

    /** The service for one open plan. */
    public GroupsService(PlanDatabase db) {
        this.db = db;
    }

    /** All product groups in catalogue order. */
    public CompletableFuture<List<ProductGroup>> groups() {
        return db.read(groups::list);
    }

    /**
     * What a new rule would catch if it were added now (at the end of the order), read on the database thread;
     * null when {@code stale} turned true before or while it was read.
     */
    public CompletableFuture<RulePreviewStorage.RulePreview> previewRule(RuleKind kind, String value, String valueTo,
                                                                         java.util.function.BooleanSupplier stale) {
        return db.read(c -> stale.getAsBoolean() ? null
                : new RulePreviewStorage().preview(c, kind, value, valueTo, 5, stale));
    }

    /** The rules in order. */
    public CompletableFuture<List<ClassificationRule>> rules() {
        return db.read(rules::list);
    }

    /** The rules in order with all product groups, read in one go. */
    public record RulesAndGroups(List<ClassificationRule> rules, List<ProductGroup> groups) {
    }

    /** Rules and groups together, for the rule list. */
    public CompletableFuture<RulesAndGroups> rulesAndGroups() {
        return db.read(c -> new RulesAndGroups(rules.list(c), groups.list(c)));
    }

    /** Whether lines wait for classification after a change (or a cancelled run). */
    public CompletableFuture<Boolean> needsClassification() {
        return db.read(classification::needsClassification);
    }

    /** A job that classifies all lines again, with progress and cancel; all or nothing. */
    public BackgroundJob<ClassificationStorage.Outcome> reclassifyJob() {
        return ctx -> {
            try {
                return reclassify(ctx).join();
            } catch (CompletionException e) {
                throw UiCallbacks.unwrap(e) instanceof Exception ex ? ex : e;
            }
        };
    }

    /** Classifies all lines again in one transaction. */
    public CompletableFuture<ClassificationStorage.Outcome> reclassify(JobContext ctx) {
        return db.write(c -> classification.reclassify(c, ctx));
    }

    /** Assigns suppliers (root ids) to a group, or clears their assignment when {@code groupId} is null. */
    public CompletableFuture<Void> assignSuppliers(Collection<Long> supplierIds, Long groupId) {
        return change(c -> assignments.assignSuppliers(c, supplierIds, groupId));
    }

    /** Assigns one line (by its key) to a group, or clears it when {@code groupId} is null. */
    public CompletableFuture<Void> assignLine(String lineKey, Long groupId) {
        return change(c -> assignments.assignLine(c, lineKey, groupId));
    }

    /** Adds a rule at the end of the order. */
    public CompletableFuture<Void> addRule(RuleKind kind, String value, String valueTo, long groupId) {
        return change(c -> rules.add(c, kind, value, valueTo, groupId));
    }

    /** Deletes a rule. */
    public CompletableFuture<Void> deleteRule(long id) {
        return change(c -> rules.delete(c, id));
    }

    /** Moves a rule one place up (-1) or down (+1). */
    public CompletableFuture<Void> moveRule(long id, int step) {
        return change(c -> rules.move(c, id, step));
    }

    /** Adds a product group; returns its id. */
    public CompletableFuture<Long> addGroup(String name, String cluster, ProcurementKind kind) {
        return db.write(c -> groups.insert(c, GroupCodes.newCode(name, groups.list(c)), cluster, name, kind));
    }

    /** Saves a group's texts, kind and impact. */
    public CompletableFuture<Void> updateGroup(ProductGroup g) {
        return db.write(c -> {
            groups.update(c, g);
            return null;
        });
    }

    /** Archives a group or brings it back. */
    public CompletableFuture<Void> setArchived(long id, boolean archived) {
        return db.write(c -> {
            groups.setArchived(c, id, archived);
            return null;
        });
    }

    /** Marks a group as focus group, or not. */
    public CompletableFuture<Void> setFocus(long id, boolean focus) {
        return db.write(c -> {
            groups.setFocus(c, id, focus);
            return null;
        });
    }

    /** Merges one group into another; nothing assigned to it is lost. */
    public CompletableFuture<Void> merge(long from, long into) {
        return db.write(c -> {
            groups.merge(c, from, into);
            return null;
        });
    }

    /** Runs database work against the plan in one transaction (for the rule file exchange). */
    <T> CompletableFuture<T> write(DbWork<T> work) {
        return db.write(work);
    }

    private CompletableFuture<Void> change(SqlStep step) {
        return db.write(c -> {
            step.run(c);
            ClassificationStorage.markNeeded(c);
            return null;
        });
    }

    /** One step of database work without a result. */
    @FunctionalInterface
    private interface SqlStep {
        void run(java.sql.Connection c) throws java.sql.SQLException;
    }
}
