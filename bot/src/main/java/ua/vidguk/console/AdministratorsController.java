package ua.vidguk.console;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ua.vidguk.access.AccessScope;
import ua.vidguk.access.Caller;
import ua.vidguk.figures.AdministratorRating;
import ua.vidguk.figures.AdministratorRatings;
import ua.vidguk.survey.LocalizedText;
import ua.vidguk.survey.Surveys;

/**
 * How a centre's administrators are rated, for the centre's own head (a centres scope): a region's
 * or the country's caller is refused (403), another centre is not found (404). Months, Kyiv time;
 * this month unless the form asks for others.
 */
@RestController
class AdministratorsController {

    static final String PATH = "/console/administrators";
    private static final Locale UK = Locale.forLanguageTag("uk");

    private final AdministratorRatings ratings;
    private final Surveys surveys;
    private final Pages pages;
    private final Clock clock;

    AdministratorsController(AdministratorRatings ratings, Surveys surveys, Pages pages, Clock clock) {
        this.ratings = ratings;
        this.surveys = surveys;
        this.pages = pages;
        this.clock = clock;
    }

    @GetMapping(PATH)
    ResponseEntity<String> show(
            @AuthenticationPrincipal Caller caller,
            @RequestParam(required = false) @Nullable String centre,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            CsrfToken csrf) {
        AccessScope scope = caller.scope();
        String code = centre != null
                ? centre.strip()
                : scope.codes().isEmpty() ? "" : scope.codes().first();
        switch (ratings.access(scope, code)) {
            case NOT_THE_CENTRES_HEAD -> {
                return pages.render(HttpStatus.FORBIDDEN, "administrators", csrf, Map.of("refused", true));
            }
            case NOT_FOUND -> {
                return pages.render(HttpStatus.NOT_FOUND, "administrators", csrf, Map.of("notFound", true));
            }
            case GRANTED -> {}
        }
        YearMonth now = YearMonth.now(clock.withZone(ZoneId.of("Europe/Kyiv")));
        YearMonth last = month(to, now);
        YearMonth first = month(from, last);
        if (first.isAfter(last)) {
            first = last;
        }
        var page = ratings.rate(scope, code, first, last).orElseThrow();
        List<String> scales = scaleQuestions(page.administrators());
        Map<String, Object> values = new HashMap<>();
        values.put("shown", true);
        values.put("centre", page.centre());
        values.put("centreName", page.name());
        values.put("from", first.toString());
        values.put("to", last.toString());
        values.put("minSample", page.minSample());
        values.put("severalCentres", scope.codes().size() > 1);
        values.put("centres", centres(scope, code));
        values.put("columns", scales.stream().map(id -> Map.of("id", id)).toList());
        var legend = legend(scales);
        values.put("legend", legend);
        values.put("hasLegend", !legend.isEmpty());
        values.put(
                "rows", page.administrators().stream().map(a -> row(a, scales)).toList());
        values.put("none", page.administrators().isEmpty());
        return pages.render("administrators", csrf, values);
    }

    private static YearMonth month(@Nullable String text, YearMonth otherwise) {
        try {
            return text == null || text.isBlank() ? otherwise : YearMonth.parse(text.strip());
        } catch (DateTimeException unreadable) {
            return otherwise;
        }
    }

    private static List<Map<String, Object>> centres(AccessScope scope, String current) {
        return scope.codes().stream()
                .map(code -> Map.<String, Object>of("code", code, "current", code.equals(current)))
                .toList();
    }

    /** The scale questions anyone was rated on, in the order first met. */
    private static List<String> scaleQuestions(List<AdministratorRating> administrators) {
        List<String> ids = new ArrayList<>();
        administrators.forEach(a -> a.questions().forEach((id, figures) -> {
            if ("scale".equals(figures.type()) && !ids.contains(id)) {
                ids.add(id);
            }
        }));
        return ids;
    }

    /** What each column asked, in Ukrainian, from the first survey that has the question. */
    private List<Map<String, String>> legend(List<String> ids) {
        Map<String, String> texts = new LinkedHashMap<>();
        ids.forEach(id -> surveys.all().stream()
                .flatMap(survey -> survey.find(id).stream())
                .findFirst()
                .ifPresent(question -> texts.put(id, question.text().in(LocalizedText.UKRAINIAN))));
        return texts.entrySet().stream()
                .map(text -> Map.of("id", text.getKey(), "text", text.getValue()))
                .toList();
    }

    private static Map<String, Object> row(AdministratorRating administrator, List<String> scales) {
        List<Map<String, String>> means = scales.stream()
                .map(id -> {
                    var figures = administrator.questions().get(id);
                    Double mean = figures == null ? null : figures.mean();
                    return Map.of("value", mean == null ? "—" : String.format(UK, "%.1f", mean));
                })
                .toList();
        Double satisfaction = administrator.satisfaction();
        return Map.of(
                "name",
                administrator.name(),
                "responses",
                administrator.responses(),
                "satisfaction",
                satisfaction == null ? "—" : String.format(UK, "%.0f %%", satisfaction * 100),
                "negative",
                administrator.negative(),
                "rank",
                administrator.rank() == null ? "—" : administrator.rank().toString(),
                "means",
                means);
    }
}
