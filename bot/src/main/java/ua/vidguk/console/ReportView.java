package ua.vidguk.console;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ua.vidguk.figures.Headline;
import ua.vidguk.figures.Rating;
import ua.vidguk.figures.ReportFigures;
import ua.vidguk.report.Report;

/** A report in the words and numbers of the printed page: percentages, places, the weeks' bars. */
final class ReportView {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter KYIV_TIME =
            DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(ZoneId.of("Europe/Kyiv"));
    private static final Map<String, String[]> QUESTIONS = Map.of(
            "overall", new String[] {"Загальна оцінка", "Overall"},
            "waiting", new String[] {"Час очікування", "Waiting time"},
            "friendliness", new String[] {"Привітність", "Friendliness"},
            "competence", new String[] {"Компетентність", "Competence"},
            "staff", new String[] {"Працівники", "Staff"},
            "premises", new String[] {"Приміщення", "Premises"});

    private ReportView() {}

    static Map<String, Object> values(Report report) {
        ReportFigures figures = report.figures();
        Rating subject = figures.subject();
        Map<String, Object> values = new HashMap<>();
        values.put("report", true);
        values.put("centreReport", report.kind().equals("centre"));
        values.put("name", report.name());
        values.put("code", report.id());
        values.put("regionName", report.regionName() == null ? "" : report.regionName());
        values.put("city", report.city() == null ? "" : report.city());
        values.put("periodUk", report.period().nameUk());
        values.put("periodEn", report.period().nameEn());
        values.put("days", DAY.format(figures.from()) + "–" + DAY.format(figures.to()));
        values.put("previousDays", DAY.format(figures.previousFrom()) + "–" + DAY.format(figures.previousTo()));
        values.put("rows", rows(figures));
        values.put(
                "place",
                subject.rank() == null
                        ? "не ранжовано (менше " + figures.minSample() + " відповідей)"
                        : subject.rank() + " з " + figures.peers());
        values.put(
                "previousPlace",
                subject.previous().rank() == null
                        ? "—"
                        : String.valueOf(subject.previous().rank()));
        values.put("peersUk", report.kind().equals("centre") ? "серед ЦНАП області" : "серед областей");
        values.put(
                "channels",
                subject.channels().entrySet().stream()
                        .map(e -> Map.of("channel", e.getKey().toUpperCase(Locale.ROOT), "count", e.getValue()))
                        .toList());
        values.putAll(WeekChart.values(figures.weeks()));
        values.put(
                "problems",
                report.problems().stream()
                        .map(p -> Map.of(
                                "name",
                                p.nameUk(),
                                "nameEn",
                                p.nameEn(),
                                "count",
                                p.count(),
                                "share",
                                ReportNumbers.percent(p.share())))
                        .toList());
        values.put("noProblems", report.problems().isEmpty());
        values.put(
                "comments",
                report.worstComments().stream()
                        .map(c -> Map.of(
                                "overall", c.overall(),
                                "centre", c.centre(),
                                "at", KYIV_TIME.format(c.at()),
                                "text", c.text()))
                        .toList());
        values.put("noComments", report.worstComments().isEmpty());
        return values;
    }

    /** The comparison table: this period, the one before, the region (a centre's report), the country. */
    private static List<Map<String, Object>> rows(ReportFigures figures) {
        Rating subject = figures.subject();
        Headline region = figures.region();
        Headline country = figures.country();
        List<Map<String, Object>> rows = new ArrayList<>();
        rows.add(row(
                "Відповідей",
                "Responses",
                String.valueOf(subject.responses()),
                String.valueOf(subject.previous().responses()),
                region == null ? "" : String.valueOf(region.responses()),
                String.valueOf(country.responses())));
        rows.add(row(
                "Задоволені (4–5)",
                "Satisfied",
                ReportNumbers.percent(subject.satisfaction()),
                ReportNumbers.percent(subject.previous().satisfaction()),
                region == null ? "" : ReportNumbers.percent(region.satisfaction()),
                ReportNumbers.percent(country.satisfaction())));
        rows.add(row(
                "Не отримали послугу",
                "Service not received",
                ReportNumbers.percent(subject.notReceived()),
                "—",
                region == null ? "" : ReportNumbers.percent(region.notReceived()),
                ReportNumbers.percent(country.notReceived())));
        rows.add(row(
                "Негативні відгуки",
                "Negative",
                String.valueOf(subject.negative()),
                "—",
                region == null ? "" : ReportNumbers.percent(region.negativeShare()),
                ReportNumbers.percent(country.negativeShare())));
        subject.questions().forEach((id, question) -> {
            if (question.mean() != null) {
                String[] label = QUESTIONS.getOrDefault(id, new String[] {id, id});
                rows.add(row(
                        label[0] + " (середня)",
                        label[1] + " (mean)",
                        ReportNumbers.number(question.mean()),
                        "—",
                        region == null
                                ? ""
                                : ReportNumbers.number(region.means().get(id)),
                        ReportNumbers.number(country.means().get(id))));
            }
        });
        return rows;
    }

    private static Map<String, Object> row(
            String uk, String en, String now, String before, String region, String country) {
        return Map.of("uk", uk, "en", en, "now", now, "before", before, "region", region, "country", country);
    }
}
