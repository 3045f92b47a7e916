package dk.healthmarket.web.ui.innovationindex;

import dk.healthmarket.account.Caller;
import dk.healthmarket.account.Role;
import dk.healthmarket.innovationindex.AreaScore;
import dk.healthmarket.innovationindex.IndexReport;
import dk.healthmarket.innovationindex.Indicator;
import dk.healthmarket.innovationindex.InnovationIndexService;
import dk.healthmarket.innovationindex.Quarter;
import dk.healthmarket.web.ui.Charts;
import dk.healthmarket.web.ui.UiErrors;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The innovation index dashboard: a quarter's index nationally and per region, its history, the
 * indicators behind it, how much the ranks depend on the method, and the solutions spreading widest.
 * The public sees published quarters; reviewers also see unpublished ones live and publish them.
 */
@Named
@ViewScoped
public class IndexDashboardView implements Serializable {

    static final int TREND_QUARTERS = 8;
    private static final String WITHOUT = "without ";

    @Inject
    InnovationIndexService index;

    @Inject
    Caller caller;

    private String period;
    private IndexReport report;
    private List<IndexReport> trend = List.of();
    private boolean nothingPublished;
    private List<String> periods = List.of();

    /** Reads the chosen quarter (or the newest one the caller may see) and the eight quarters up to it. */
    public void load() {
        report = null;
        periods = choosable();
        nothingPublished = (period == null || period.isBlank()) && periods.isEmpty();
        if (nothingPublished) {
            return;
        }
        UiErrors.attempt(() -> {
            trend = index.reportWithTrend(index.quarterOrLatest(period), TREND_QUARTERS);
            report = trend.get(trend.size() - 1);
        }, Map.of("period", "period"));
    }

    /** Freezes the shown quarter and makes it public (reviewers, ended quarters). */
    public void publish() {
        if (UiErrors.attempt(() -> report = index.publish(Quarter.parse(report.period())), Map.of())) {
            UiErrors.info(UiErrors.text("index.publishedNow", report.period()));
        }
    }

    /** No quarter is published yet, and the caller may not see live ones: the page says so, not an error. */
    public boolean isNothingPublished() {
        return nothingPublished;
    }

    public boolean isMayPublish() {
        return report != null && !report.published() && caller.hasRole(Role.REVIEWER);
    }

    public List<String> getPeriods() {
        return periods;
    }

    /** The quarters the caller can choose: the published ones, and for reviewers the recent ones too. */
    private List<String> choosable() {
        List<String> choosable = new ArrayList<>(index.publishedPeriods());
        if (caller.hasRole(Role.REVIEWER) || caller.hasRole(Role.ADMIN)) {
            Quarter current = index.latest();
            for (int back = 0; back < TREND_QUARTERS; back++) {
                String quarter = current.minus(back).toString();
                if (!choosable.contains(quarter)) {
                    choosable.add(quarter);
                }
            }
            choosable.sort(Comparator.reverseOrder());
        }
        return choosable;
    }

    public String getTrendChart() {
        List<String> labels = trend.stream().map(IndexReport::period).toList();
        List<Charts.Series> series = new ArrayList<>();
        series.add(new Charts.Series(UiErrors.text("index.denmark"), Charts.COLOURS.get(0), trend.stream().map(r -> r.national().index()).toList(), true));
        for (int i = 0; i < report.regions().size(); i++) {
            String code = report.regions().get(i).code();
            series.add(new Charts.Series(report.regions().get(i).name(), Charts.COLOURS.get(i + 1), trend.stream().map(r -> regionIndex(r, code)).toList(), false));
        }
        return Charts.line(labels, series, 100);
    }

    public String getRegionsChart() {
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        labels.add(UiErrors.text("index.denmark"));
        values.add(report.national().index());
        report.regions().forEach(r -> {
            labels.add(r.name());
            values.add(r.index());
        });
        return Charts.bar(labels, new Charts.Series(UiErrors.text("index.composite"), Charts.COLOURS.get(0), values, false), 100);
    }

    public String getIndicatorsChart() {
        List<String> labels = Arrays.stream(Indicator.values()).map(i -> UiErrors.text("indicator." + i)).toList();
        List<Charts.Series> series = new ArrayList<>();
        for (int i = 0; i < report.regions().size(); i++) {
            AreaScore region = report.regions().get(i);
            series.add(new Charts.Series(region.name(), Charts.COLOURS.get(i + 1),
                    region.indicators().stream().map(AreaScore.IndicatorScore::score).toList(), false));
        }
        return Charts.radar(labels, series);
    }

    /** The region's fill on the map: from pale (index 0) to deep blue (index 100). */
    public String fill(String code) {
        return report.region(code).map(r -> MapColours.of(r.index())).orElse("#dddddd");
    }

    /** Light text on the darker fills, so every label can be read. */
    public String labelFill(String code) {
        AreaScore region = region(code);
        return region != null && MapColours.dark(region.index()) ? "#ffffff" : "#111111";
    }

    public AreaScore region(String code) {
        return report.region(code).orElse(null);
    }

    /** The best and the worst rank the region gets across the sensitivity scenarios, as "2–4". */
    public String rankRange(String code) {
        int[] range = report.sensitivity().rankRange(code);
        return range[0] == range[1] ? String.valueOf(range[0]) : range[0] + "–" + range[1];
    }

    /** A sensitivity scenario in the reader's language: "without BREADTH" becomes "without adoption breadth". */
    public String scenarioName(String name) {
        if (name.startsWith(WITHOUT)) {
            return UiErrors.text("index.scenario.without", UiErrors.text("indicator." + name.substring(WITHOUT.length())));
        }
        return UiErrors.text("index.scenario." + name.replace(' ', '_').replace('=', '_'));
    }


    public List<Indicator> getIndicators() {
        return List.of(Indicator.values());
    }

    public List<IndexReport> getTrend() {
        return trend;
    }

    public IndexReport getReport() {
        return report;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    private static Double regionIndex(IndexReport report, String code) {
        return report.region(code).map(AreaScore::index).orElse(null);
    }
}
