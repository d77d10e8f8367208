package ua.vidguk.console;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import ua.vidguk.figures.Rating;
import ua.vidguk.figures.ScopeFigures;
import ua.vidguk.survey.LocalizedText;
import ua.vidguk.survey.Question;
import ua.vidguk.survey.Survey;
import ua.vidguk.survey.Surveys;

/**
 * The dashboard's charts: their data as JSON for the page's ECharts, and the same figures as
 * tables, which are what a page without JavaScript (or a screen reader) gets.
 */
@Component
class DashboardCharts {

    static final List<String> SCALE = List.of("1", "2", "3", "4", "5");
    /** "Оцініть час очікування від 1 до 5 (…)" is a question's SMS wording; "час очікування" its label. */
    private static final Pattern ASKED = Pattern.compile("^Оцініть\\s+|\\s+від 1 до 5.*$");

    private static final Locale UKRAINIAN = Locale.forLanguageTag("uk");

    private final Surveys surveys;
    private final JsonMapper json = JsonMapper.builder().build();

    DashboardCharts(Surveys surveys) {
        this.surveys = surveys;
    }

    /** {@code charts} (JSON, safe inside a script element), {@code trend} and {@code questions} (rows). */
    Map<String, Object> values(List<ScopeFigures.Month> trend, Map<String, Rating.QuestionFigures> questions) {
        NumberFormat percent = NumberFormat.getPercentInstance(UKRAINIAN);
        percent.setMaximumFractionDigits(1);
        List<Double> satisfaction = new ArrayList<>();
        List<Map<String, Object>> trendRows = new ArrayList<>();
        for (ScopeFigures.Month month : trend) {
            satisfaction.add(month.satisfaction() == null ? null : Math.round(month.satisfaction() * 1000) / 10.0);
            trendRows.add(Map.of(
                    "month", month.month(),
                    "responses", month.responses(),
                    "negative", month.negative(),
                    "satisfaction", month.satisfaction() == null ? "—" : percent.format(month.satisfaction())));
        }
        List<String> labels = new ArrayList<>();
        Map<String, List<Long>> counts = new LinkedHashMap<>();
        SCALE.forEach(value -> counts.put(value, new ArrayList<>()));
        List<Map<String, Object>> questionRows = new ArrayList<>();
        List<String> asked = questions.keySet().stream()
                .filter(id -> "scale".equals(questions.get(id).type()))
                .sorted(Comparator.comparingInt(this::position))
                .toList();
        for (String id : asked) {
            Rating.QuestionFigures figures = questions.get(id);
            String label = label(id);
            labels.add(label);
            SCALE.forEach(value -> counts.get(value).add(figures.distribution().getOrDefault(value, 0L)));
            questionRows.add(Map.of(
                    "label",
                    label,
                    "answered",
                    figures.answered(),
                    "mean",
                    figures.mean() == null ? "—" : String.format(UKRAINIAN, "%.2f", figures.mean()),
                    "counts",
                    SCALE.stream()
                            .map(value -> figures.distribution().getOrDefault(value, 0L))
                            .toList()));
        }
        Map<String, Object> data = Map.of(
                "trend",
                Map.of("months", trend.stream().map(ScopeFigures.Month::month).toList(), "satisfaction", satisfaction),
                "questions",
                Map.of("labels", labels, "counts", counts));
        Map<String, Object> values = new HashMap<>();
        // Names come from the registry: "</script>" in one must not end the element.
        values.put(
                "charts", json.writeValueAsString(data).replace("<", "\\u003c").replace(">", "\\u003e"));
        values.put("trend", trendRows);
        values.put("questions", questionRows);
        values.put("noQuestions", questionRows.isEmpty());
        return values;
    }

    /** Where the first survey that asks the question asks it, so the chart follows the survey. */
    private int position(String questionId) {
        for (Survey survey : surveys.all()) {
            List<Question> asked = survey.questions();
            for (int i = 0; i < asked.size(); i++) {
                if (asked.get(i).id().equals(questionId)) {
                    return i;
                }
            }
        }
        return Integer.MAX_VALUE;
    }

    /** The question's short wording from the first survey that asks it; its id when none does. */
    private String label(String questionId) {
        return surveys.all().stream()
                .flatMap(survey -> survey.find(questionId).stream())
                .findFirst()
                .map(Question::smsText)
                .map(text -> text.in(LocalizedText.UKRAINIAN))
                .map(text -> ASKED.matcher(text).replaceAll(""))
                .map(text -> text.isEmpty() ? questionId : Character.toUpperCase(text.charAt(0)) + text.substring(1))
                .orElse(questionId);
    }
}
