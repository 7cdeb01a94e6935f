package nl.mviwerkboek.spend;

/** A row an import skipped or doubted: where (row, column), the value, and why. */
public record ImportProblem(long row, String column, String value, ProblemReason reason) {
}
