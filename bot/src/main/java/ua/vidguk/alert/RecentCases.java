package ua.vidguk.alert;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.List;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;
import ua.vidguk.access.AccessScope;

/** The newest cases within a scope, for the console: a centre's head sees the centre's, a region its centres'. */
@Service
public class RecentCases {

    private final Cases cases;

    RecentCases(Cases cases) {
        this.cases = cases;
    }

    /** Newest first, at most {@code limit}; a case's region is the one its centre had when it was opened. */
    public List<CaseSummary> recent(AccessScope scope, int limit) {
        List<Criteria> filters = switch (scope.level()) {
            case NATIONAL -> List.of();
            case REGION -> List.of(where("region").is(scope.region()));
            case CNAPS -> List.of(where("cnapCode").in(scope.codes()));
        };
        return cases.list(filters, limit).stream().map(CaseSummary::of).toList();
    }
}
