package ua.vidguk.cnap;

import org.jspecify.annotations.Nullable;
import ua.vidguk.access.AccessScope;
import ua.vidguk.cnap.UpsertReport.FieldError;

/**
 * Which rows of an upload a scope may write. A national scope anything; a region's scope centres in
 * its region, new ones too, but it cannot move a centre in or out of its region; a centres' scope
 * may update its own centres where they are, and adds none (a new centre's region is for its region
 * or the ministry to say).
 */
final class UploadScope {

    private UploadScope() {}

    /** Why the scope may not write this row, or null when it may. */
    static @Nullable FieldError refusal(Cnap incoming, @Nullable Cnap stored, AccessScope scope) {
        return switch (scope.level()) {
            case NATIONAL -> null;
            case REGION -> {
                if (stored != null && !stored.region().equals(scope.region())) {
                    yield outside("code", scope);
                }
                yield incoming.region().equals(scope.region()) ? null : outside("region", scope);
            }
            case CNAPS -> {
                if (!scope.codes().contains(incoming.code())) {
                    yield outside("code", scope);
                }
                if (stored == null) {
                    yield new FieldError("code", "is a new centre: its region's or the national coordinator adds it");
                }
                yield incoming.region().equals(stored.region()) ? null : outside("region", scope);
            }
        };
    }

    private static FieldError outside(String field, AccessScope scope) {
        return new FieldError(field, "is outside your scope (" + scope + ")");
    }
}
