package ua.vidguk.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import ua.vidguk.access.AccessScope;
import ua.vidguk.cnap.Cnap;
import ua.vidguk.cnap.CnapRegistry;
import ua.vidguk.cnap.Region;
import ua.vidguk.cnap.Regions;
import ua.vidguk.figures.FigureReports;
import ua.vidguk.figures.ReportFigures;
import ua.vidguk.survey.Option;
import ua.vidguk.survey.QuestionType;
import ua.vidguk.survey.Surveys;

/**
 * Reports as far as the caller's scope goes: a centre's for a scope that covers the centre, a
 * region's for a scope that covers the whole region. Anything else is empty, as if it did not
 * exist (a centre's head asking for its region's report learns nothing).
 */
@Service
public class Reports {

    private final FigureReports figures;
    private final WorstComments comments;
    private final CnapRegistry cnaps;
    private final Regions regions;
    private final Surveys surveys;
    private final ReportsProperties properties;

    Reports(
            FigureReports figures,
            WorstComments comments,
            CnapRegistry cnaps,
            Regions regions,
            Surveys surveys,
            ReportsProperties properties) {
        this.figures = figures;
        this.comments = comments;
        this.cnaps = cnaps;
        this.regions = regions;
        this.surveys = surveys;
        this.properties = properties;
    }

    public Optional<Report> centre(String code, ReportPeriod period, AccessScope scope) {
        Cnap cnap = cnaps.find(code).orElse(null);
        if (cnap == null || !scope.covers(cnap.code(), cnap.region())) {
            return Optional.empty();
        }
        ReportFigures found =
                figures.centre(cnap.code(), cnap.name(), cnap.region(), cnap.city(), period.from(), period.to());
        List<Document> worst = comments.worst(
                WorstComments.centreIds(cnap.code(), period.from(), period.to()), properties.commentsShown());
        return Optional.of(new Report(
                "centre",
                cnap.code(),
                cnap.name(),
                cnap.region(),
                regionName(cnap.region()),
                cnap.city(),
                period,
                found,
                problems(found),
                comments(worst)));
    }

    public Optional<Report> region(String code, ReportPeriod period, AccessScope scope) {
        Region region = regions.find(code).orElse(null);
        if (region == null || !scope.coversRegion(region.code())) {
            return Optional.empty();
        }
        ReportFigures found = figures.region(region.code(), region.nameUk(), period.from(), period.to());
        List<Document> worst = comments.worst(
                WorstComments.regionIds(region.code(), period.from(), period.to()), properties.commentsShown());
        return Optional.of(new Report(
                "region",
                region.code(),
                region.nameUk(),
                region.code(),
                region.nameUk(),
                null,
                period,
                found,
                problems(found),
                comments(worst)));
    }

    private List<Report.Problem> problems(ReportFigures found) {
        long responses = found.subject().responses();
        List<Report.Problem> problems = new ArrayList<>();
        for (Map.Entry<String, Long> named : found.subject().problems().entrySet()) {
            Option option = option(named.getKey());
            problems.add(new Report.Problem(
                    named.getKey(),
                    option == null ? named.getKey() : option.text().in("uk"),
                    option == null ? named.getKey() : option.text().in("en"),
                    named.getValue(),
                    responses == 0 ? 0 : Math.round(10_000.0 * named.getValue() / responses) / 10_000.0));
        }
        problems.sort(Comparator.comparingLong(Report.Problem::count).reversed().thenComparing(Report.Problem::option));
        return problems;
    }

    /** The option's wording in whichever survey has a choice option with that id. */
    private @Nullable Option option(String id) {
        return surveys.all().stream()
                .flatMap(survey -> survey.questions().stream())
                .filter(question -> question.type() == QuestionType.CHOICE)
                .flatMap(question -> question.options().stream())
                .filter(option -> option.id().equals(id))
                .findFirst()
                .orElse(null);
    }

    private List<Report.Comment> comments(List<Document> worst) {
        return worst.stream()
                .map(comment -> {
                    String cnap = comment.getString("cnap");
                    return new Report.Comment(
                            cnap,
                            cnaps.find(cnap).map(Cnap::name).orElse(cnap),
                            comment.getInteger("overall"),
                            comment.getString("text"),
                            comment.getDate("at").toInstant());
                })
                .toList();
    }

    private String regionName(String code) {
        return regions.find(code).map(Region::nameUk).orElse(code);
    }
}
