package nl.mviwerkboek.app;

/** The app's version, from the jar's manifest (a development build says so). */
final class Version {

    private Version() {
    }

    static String current() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v == null ? "ontwikkelversie" : v;
    }
}
