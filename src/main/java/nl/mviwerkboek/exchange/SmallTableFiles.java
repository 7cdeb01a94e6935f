package nl.mviwerkboek.exchange;

import java.nio.file.Path;
import java.util.Optional;
import nl.mviwerkboek.shared.i18n.UserProblem;

/**
 * Reads the first sheet of a small exchange file (rules, examples) row by row, turning every failure into a
 * Dutch {@link UserProblem}: a file that cannot be read says what is wrong with it and which file; a problem
 * the visitor reports arrives as it was thrown.
 */
public final class SmallTableFiles {

    private SmallTableFiles() {
    }

    /** Reads {@code file} with {@code visitor}; failures become problems titled {@code problemTitle}. */
    public static void read(Path file, String problemTitle, RowVisitor visitor) throws UserProblem {
        try (TableFile table = TableFiles.open(file, Optional.empty())) {
            table.read(0, visitor);
        } catch (ImportFileException e) {
            throw new UserProblem(problemTitle, e.title() + "\n" + e.detail());
        } catch (RowFailure e) {
            if (e.getCause() instanceof UserProblem p) {
                throw p;
            }
            throw e;
        }
    }
}
