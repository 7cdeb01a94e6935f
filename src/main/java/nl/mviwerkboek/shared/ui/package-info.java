/** Common UI: chapters, dialogs with our own button labels, form layout, icons and placeholders. */
package nl.mviwerkboek.shared.ui;
