package nl.mviwerkboek.spend.priority;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import nl.mviwerkboek.plan.PlanProfile;
import nl.mviwerkboek.plan.ProfileStorage;
import nl.mviwerkboek.plan.Theme;
import nl.mviwerkboek.plan.ThemeStorage;
import nl.mviwerkboek.shared.db.PlanDatabase;
import nl.mviwerkboek.spend.analysis.AnalysisFilter;
import nl.mviwerkboek.spend.analysis.AnalysisStorage;
import nl.mviwerkboek.spend.analysis.SettingsStorage;
import nl.mviwerkboek.spend.contracts.Contract;
import nl.mviwerkboek.spend.contracts.ContractStorage;
import nl.mviwerkboek.spend.contracts.SroiCandidates;
import nl.mviwerkboek.spend.contracts.TenderCalendar;
import nl.mviwerkboek.spend.groups.ProductGroup;
import nl.mviwerkboek.spend.groups.ProductGroupStorage;

/** Reads everything the priorities, the tender calendar and the praatplaat need, in one go. */
public final class PriorityService {

    private final PlanDatabase db;

    /** The service for one open plan. */
    public PriorityService(PlanDatabase db) {
        this.db = db;
    }

    /** The picture for a filter on spend (the plan period always comes from the profile). */
    public CompletableFuture<PriorityPicture> picture(AnalysisFilter filter) {
        return db.read(c -> picture(c, filter));
    }

    /** Reads the picture on {@code c}. */
    public static PriorityPicture picture(Connection c, AnalysisFilter filter) throws SQLException {
        PlanProfile profile = new ProfileStorage().load(c);
        List<String> themes = new ThemeStorage().list(c).stream().filter(t -> !t.archived()).map(Theme::name)
                .toList();
        List<ProductGroup> groups = new ProductGroupStorage().list(c);
        List<Contract> contracts = new ContractStorage().list(c);
        LocalDate from = LocalDate.of(profile.periodStart(), 1, 1);
        LocalDate to = LocalDate.of(profile.periodEnd(), 12, 31);
        List<GroupPriority> ranked = Priorities.rank(new AnalysisStorage().byGroup(c, filter), groups,
                Priorities.dimensions(themes), contracts, from, to);
        Map<Long, ProductGroup> byId = new HashMap<>();
        groups.forEach(g -> byId.put(g.id(), g));
        return new PriorityPicture(profile.organisationName(), profile.periodStart(), profile.periodEnd(), themes,
                ranked, contracts, TenderCalendar.events(contracts, from, to),
                Priorities.opportunities(contracts, ranked, from, to),
                SroiCandidates.find(contracts, byId, new SettingsStorage().load(c)));
    }
}
