package nl.mviwerkboek.examples;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import nl.mviwerkboek.shared.db.PlanDatabase;
import nl.mviwerkboek.shared.i18n.UserProblem;

/** The voorbeeldenbank of an open plan; every change returns the bank as stored. */
public final class ExampleService {

    /** How an import went: examples added, and those already in the bank (same title and organisation). */
    public record Imported(List<Example> bank, int added, int alreadyPresent) {
    }

    private final PlanDatabase db;
    private final ExampleStorage storage = new ExampleStorage();

    /** A service for one open plan. */
    public ExampleService(PlanDatabase db) {
        this.db = db;
    }

    /** Every example. */
    public CompletableFuture<List<Example>> list() {
        return db.read(storage::list);
    }

    /** Adds an example (id 0) or saves changes to one. */
    public CompletableFuture<List<Example>> save(Example e) {
        return db.change(c -> {
            if (e.id() == 0) {
                storage.insert(c, e);
            } else {
                storage.update(c, e);
            }
        }, storage::list);
    }

    /** Removes an example. */
    public CompletableFuture<List<Example>> delete(Example e) {
        return db.change(c -> storage.delete(c, e), storage::list);
    }

    /** Reads {@code file} (off the database thread) and adds its examples that the bank does not have yet, at once. */
    public CompletableFuture<Imported> importFrom(Path file) {
        List<Example> read;
        try {
            read = ExampleFile.read(file);
        } catch (UserProblem p) {
            return CompletableFuture.failedFuture(p);
        }
        return db.write(c -> {
            List<Example> present = storage.list(c);
            int added = 0;
            for (Example e : read) {
                boolean known = present.stream().anyMatch(p -> p.title().equalsIgnoreCase(e.title())
                        && p.organisation().equalsIgnoreCase(e.organisation()));
                if (!known) {
                    storage.insert(c, e);
                    added++;
                }
            }
            return new Imported(storage.list(c), added, read.size() - added);
        });
    }
}
