/** The app shell: launcher, main window, sidebar, menus, status bar, and the open plan's session. */
package nl.mviwerkboek.app;
