package nl.mviwerkboek.spend.analysis;

/** The analysis in numbers for the plan summary: classified share, groups, focus groups, contracts, signals. */
public record AnalysisCounts(double classifiedShare, long productGroups, long focusGroups, long contracts,
                             long thresholdSignals) {

    /** The counts from the analysis of all spend and the number of contracts. */
    public static AnalysisCounts of(SpendPicture picture, long contracts) {
        long groups = picture.groups().values().stream().filter(g -> !g.archived()).count();
        long focus = picture.groups().values().stream().filter(g -> g.focus() && !g.archived()).count();
        return new AnalysisCounts(picture.share().byAmount(), groups, focus, contracts, picture.signals().size());
    }
}
