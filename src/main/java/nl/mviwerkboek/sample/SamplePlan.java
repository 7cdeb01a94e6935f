package nl.mviwerkboek.sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.mviwerkboek.actions.Action;
import nl.mviwerkboek.focus.Goal;
import nl.mviwerkboek.plan.Involvement;
import nl.mviwerkboek.plan.OrganisationType;
import nl.mviwerkboek.plan.PlanFiles;
import nl.mviwerkboek.plan.PlanProfile;
import nl.mviwerkboek.plan.ProfileRules;
import nl.mviwerkboek.plan.Stakeholder;
import nl.mviwerkboek.plan.StakeholderRole;
import nl.mviwerkboek.plan.StakeholderStorage;
import nl.mviwerkboek.plan.ThemeSet;
import nl.mviwerkboek.shared.db.PlanDatabase;
import nl.mviwerkboek.shared.db.PlanFileException;
import nl.mviwerkboek.shared.i18n.Formats;

/** Builds the sample plan of the fictional "Voorbeeldgemeente" from its text description. */
public final class SamplePlan {

    /** Where the description lies inside the jar (copied from {@code sample-data/}). */
    public static final String RESOURCE = "/nl/mviwerkboek/sample/data/voorbeeldgemeente.txt";

    private SamplePlan() {
    }

    /** Reads the shipped description. */
    public static SampleDescription description() {
        try (InputStream in = SamplePlan.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Sample description missing: " + RESOURCE);
            }
            return SampleDescription.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Opens a new sample plan at {@code file}, which must not exist yet: a copy of the plan the build made
     * from the description ({@link PrebuiltSample}), or, where the jar has none of this schema, built now.
     */
    public static PlanDatabase open(Path file, PlanFiles files) throws PlanFileException {
        return PrebuiltSample.copyTo(file) ? files.open(file) : create(file, files);
    }

    /** Builds a new sample plan file at {@code file} from the description, which must not exist yet. */
    public static PlanDatabase create(Path file, PlanFiles files) throws PlanFileException {
        SampleDescription sample = description();
        List<Stakeholder> stakeholders = sample.all("belanghebbende").stream().map(SamplePlan::stakeholder).toList();
        StakeholderStorage storage = new StakeholderStorage();
        List<String> imports = sample.all("import").stream().map(s -> s.required("bestand")).toList();
        return files.create(file, profile(sample.one("profiel")), c -> {
            for (Stakeholder s : stakeholders) {
                storage.insert(c, s);
            }
            SampleAnalysis.beforeImports(c, sample);
            for (String export : imports) {
                SampleImports.importInto(c, export, file.toAbsolutePath().getParent());
            }
            SampleAnalysis.afterImports(c, sample);
            Map<String, Goal> goals = SampleSituation.apply(c, sample);
            Map<String, Action> actions = SampleRun.apply(c, sample, goals);
            SampleReport.apply(c, sample);
            SampleSupport.apply(c, sample);
            SampleTenders.apply(c, sample, actions, goals);
        });
    }

    static PlanProfile profile(SampleDescription.Section s) {
        String[] period = s.required("periode").split("-");
        return new PlanProfile(
                s.required("organisatie"),
                OrganisationType.fromCode(s.required("type")),
                s.value("inwoners").flatMap(ProfileRules::parseWholeNumber).map(Long::intValue).orElse(null),
                Integer.parseInt(period[0].strip()),
                Integer.parseInt(period[1].strip()),
                ThemeSet.fromCode(s.required("themaset")),
                s.value("opdrachtgever").orElse(null),
                s.value("manifest ondertekend").flatMap(Formats::parseDate).orElse(null),
                s.value("budget").flatMap(Formats::parseAmountCents).orElse(null),
                s.value("capaciteit uren per week").flatMap(Formats::parseDecimal).orElse(null),
                true);
    }

    static Stakeholder stakeholder(SampleDescription.Section s) {
        return new Stakeholder(0, s.required("naam"), StakeholderRole.fromCode(s.required("rol")),
                s.value("afdeling").orElse(""), Involvement.fromCode(s.required("betrokkenheid")),
                s.value("e-mail").orElse(""), s.value("notitie").orElse(""));
    }
}
