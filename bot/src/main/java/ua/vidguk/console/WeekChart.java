package ua.vidguk.console;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ua.vidguk.figures.Week;

/**
 * The weeks of a report as the bars of a server-drawn SVG: no script, and it prints as it shows.
 * A bar's height is the week's responses; the label above it the share satisfied; a week the
 * period cuts is drawn lighter and marked with an asterisk.
 */
final class WeekChart {

    static final int HEIGHT = 160;
    static final int BAR_AREA = 110;
    static final int TOP = 22;
    static final int SLOT = 44;

    private WeekChart() {}

    static Map<String, Object> values(List<Week> weeks) {
        long most = weeks.stream().mapToLong(Week::responses).max().orElse(0);
        int slot = weeks.size() > 20 ? 12 : SLOT;
        List<Map<String, Object>> bars = new ArrayList<>();
        for (int i = 0; i < weeks.size(); i++) {
            Week week = weeks.get(i);
            int height = most == 0 ? 0 : (int) Math.round((double) week.responses() * BAR_AREA / most);
            int x = 30 + i * slot;
            Map<String, Object> bar = new HashMap<>();
            bar.put("x", x);
            bar.put("y", TOP + BAR_AREA - height);
            bar.put("width", slot - 4);
            bar.put("height", height);
            bar.put("labelX", x + (slot - 4) / 2);
            bar.put("labelY", TOP + BAR_AREA - height - 4);
            bar.put("satisfied", week.satisfaction() == null ? "" : Math.round(week.satisfaction() * 100) + "%");
            bar.put("showLabel", slot >= SLOT);
            bar.put("partial", week.partial());
            bar.put(
                    "title",
                    week.week() + (week.partial() ? "*" : "") + ": " + ReportNumbers.shortDay(week.from()) + "–"
                            + ReportNumbers.shortDay(week.to()) + ", відповідей " + week.responses() + ", задоволені "
                            + ReportNumbers.percent(week.satisfaction()));
            bar.put("tick", week.week().substring(week.week().indexOf('W')) + (week.partial() ? "*" : ""));
            bars.add(bar);
        }
        return Map.of(
                "bars",
                bars,
                "chartWidth",
                40 + weeks.size() * slot,
                "chartHeight",
                HEIGHT,
                "baseline",
                TOP + BAR_AREA,
                "tickY",
                TOP + BAR_AREA + 14,
                "mostResponses",
                most,
                "anyPartial",
                weeks.stream().anyMatch(Week::partial),
                "weeks",
                weeks.stream()
                        .map(w -> Map.of(
                                "week",
                                w.week() + (w.partial() ? "*" : ""),
                                "days",
                                ReportNumbers.shortDay(w.from()) + "–" + ReportNumbers.shortDay(w.to()),
                                "responses",
                                w.responses(),
                                "satisfied",
                                ReportNumbers.percent(w.satisfaction())))
                        .toList());
    }
}
