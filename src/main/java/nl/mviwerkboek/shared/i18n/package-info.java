/** Texts from resource bundles and the Dutch formats for amounts, numbers and dates. */
package nl.mviwerkboek.shared.i18n;
