package nl.mviwerkboek.sample;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import nl.mviwerkboek.monitoring.ShareChannel;
import nl.mviwerkboek.monitoring.Success;
import nl.mviwerkboek.monitoring.SuccessStorage;
import nl.mviwerkboek.plan.Objection;
import nl.mviwerkboek.plan.SupportStorage;
import nl.mviwerkboek.plan.SwotItem;
import nl.mviwerkboek.plan.SwotQuadrant;
import nl.mviwerkboek.shared.i18n.Formats;

/** Writes the sample's {@code [swot]}, {@code [waarom-niet]} and {@code [successen]} sections. */
final class SampleSupport {

    private SampleSupport() {
    }

    static void apply(Connection c, SampleDescription sample) throws SQLException {
        SupportStorage support = new SupportStorage();
        for (SampleDescription.Section s : sample.all("swot")) {
            for (String value : s.values().values()) {
                String[] f = s.fields(value, 2);
                support.insert(c, new SwotItem(0, SwotQuadrant.fromCode(f[0]), f[1]));
            }
        }
        for (SampleDescription.Section s : sample.all("waarom-niet")) {
            for (String value : s.values().values()) {
                String[] f = s.fields(value, 2);
                support.insert(c, new Objection(0, f[0], f[1]));
            }
        }
        SuccessStorage successes = new SuccessStorage();
        for (SampleDescription.Section s : sample.all("successen")) {
            for (String value : s.values().values()) {
                String[] f = s.fields(value, 5);
                successes.insert(c, new Success(0, Formats.parseDate(f[0]).orElseThrow(() ->
                        new IllegalArgumentException("Line " + s.line() + ": " + f[0] + " is not a date")),
                        f[1], f[2], channels(f[3]), f[4]));
            }
        }
    }

    private static Set<ShareChannel> channels(String list) {
        Set<ShareChannel> result = EnumSet.noneOf(ShareChannel.class);
        Arrays.stream(list.split(",")).map(String::strip).filter(x -> !x.isEmpty())
                .forEach(code -> result.add(ShareChannel.fromCode(code)));
        return result;
    }
}
