package ua.vidguk.figures;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import ua.vidguk.access.AccessScope;

/**
 * The figures of everything a scope covers, summed: the country for a national scope, the region
 * for a region's, the centres for a centres' scope. For the console's dashboard: how satisfaction
 * went month by month, and how each question was answered in a period.
 */
@Service
public class ScopeFigures {

    private final FigureReader reader;

    ScopeFigures(FigureReader reader) {
        this.reader = reader;
    }

    /**
     * One month of a trend.
     *
     * @param month {@code 2025-06}
     * @param satisfaction the share of 4 and 5 on the overall question; null when nobody rated it
     */
    public record Month(
            String month,
            long responses,
            long negative,
            @Nullable Double satisfaction) {}

    /** The months up to and including {@code last}, oldest first, a month with no responses too. */
    public List<Month> trend(YearMonth last, int months, AccessScope scope) {
        List<Month> trend = new ArrayList<>();
        for (YearMonth month = last.minusMonths(months - 1L); !month.isAfter(last); month = month.plusMonths(1)) {
            Tally tally = sum(month.atDay(1), month.atEndOfMonth(), scope);
            trend.add(new Month(month.toString(), tally.responses, tally.negative, Rating.satisfaction(tally)));
        }
        return trend;
    }

    /** Every question's answers over the period (the mean and the distribution of each value). */
    public Map<String, Rating.QuestionFigures> questions(LocalDate from, LocalDate to, AccessScope scope) {
        return Rating.questions(sum(from, to, scope));
    }

    private Tally sum(LocalDate from, LocalDate to, AccessScope scope) {
        Tally sum = new Tally();
        for (FigureReader.Centre centre : reader.read(from, to).values()) {
            if (scope.covers(centre.code(), centre.region())) {
                sum.add(centre.tally());
            }
        }
        return sum;
    }
}
