/**
 * Backups the officer can use: automatic daily copies of a changed plan (the last ten kept per plan),
 * verified before they are kept, listed with a summary, and restored as a new plan file
 * ({@code Bestand > Back-up terugzetten…}, the {@code backup} and {@code restore} commands).
 */
package nl.mviwerkboek.backup;
