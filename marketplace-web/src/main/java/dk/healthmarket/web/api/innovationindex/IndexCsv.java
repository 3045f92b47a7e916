package dk.healthmarket.web.api.innovationindex;

import dk.healthmarket.innovationindex.AreaScore;
import dk.healthmarket.innovationindex.IndexReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The report as CSV: one row per area and indicator, with the composite on each row. */
final class IndexCsv {

    private IndexCsv() {
    }

    static String of(IndexReport report) {
        StringBuilder csv = new StringBuilder("period,published,area,area_name,indicator,raw,score,observations,thin,weight,index\r\n");
        List<AreaScore> areas = new ArrayList<>(report.regions());
        areas.add(report.national());
        for (AreaScore area : areas) {
            for (AreaScore.IndicatorScore s : area.indicators()) {
                double weight = report.method().weights().stream().filter(w -> w.indicator() == s.indicator()).findFirst().orElseThrow().weight();
                csv.append(String.join(",", report.period(), String.valueOf(report.published()), area.code(), quoted(area.name()), s.indicator().name(),
                        s.raw() == null ? "" : number(s.raw()), number(s.score()), String.valueOf(s.observations()), String.valueOf(s.thin()),
                        number(weight), number(area.index()))).append("\r\n");
            }
        }
        return csv.toString();
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
