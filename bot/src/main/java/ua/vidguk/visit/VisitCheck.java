package ua.vidguk.visit;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import ua.vidguk.contact.InvalidPhoneNumber;
import ua.vidguk.contact.PhoneNumber;

/** Checks one reported visit against the rules; every broken rule is reported, not just the first. */
final class VisitCheck {

    static final int MAX_ID = 100;
    static final int MAX_SERVICE = 200;
    static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");
    // Clocks of the centres' systems drift; a visit a few minutes "ahead" is still a real visit.
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    /** Either a visit to store or why not; never both. */
    record Checked(@Nullable ReportedVisit visit, List<FieldError> errors) {}

    record FieldError(String field, String reason) {}

    private VisitCheck() {}

    static Checked check(@Nullable VisitInput input, Set<String> knownCentres, Instant now) {
        if (input == null) {
            return new Checked(null, List.of(new FieldError("", "is empty")));
        }
        List<FieldError> errors = new ArrayList<>();
        String externalId = required(input.externalId(), "externalId", errors);
        if (externalId != null && externalId.length() > MAX_ID) {
            errors.add(new FieldError("externalId", "is longer than " + MAX_ID + " characters"));
        }
        String cnapCode = required(input.cnapCode(), "cnapCode", errors);
        if (cnapCode != null && !knownCentres.contains(cnapCode)) {
            errors.add(new FieldError("cnapCode", "is not a known centre (load it with PUT /api/v1/cnaps)"));
        }
        String phone = phone(required(input.phone(), "phone", errors), errors);
        Instant visitedAt = visitedAt(required(input.visitedAt(), "visitedAt", errors), now, errors);
        String service = blankToNull(input.service());
        if (service != null && service.length() > MAX_SERVICE) {
            errors.add(new FieldError("service", "is longer than " + MAX_SERVICE + " characters"));
        }
        String administrator = AdministratorName.normalise(input.administrator());
        String wrongName = administrator == null ? null : AdministratorName.problem(administrator);
        if (wrongName != null) {
            errors.add(new FieldError("administrator", wrongName));
        }
        if (!errors.isEmpty()) {
            return new Checked(null, List.copyOf(errors));
        }
        return new Checked(
                new ReportedVisit(
                        externalId,
                        cnapCode,
                        phone,
                        visitedAt,
                        service,
                        administrator,
                        now.truncatedTo(ChronoUnit.MILLIS),
                        false),
                List.of());
    }

    private static @Nullable String phone(@Nullable String text, List<FieldError> errors) {
        if (text == null) {
            return null;
        }
        try {
            return PhoneNumber.parseMobile(text).e164();
        } catch (InvalidPhoneNumber e) {
            errors.add(new FieldError("phone", e.getMessage()));
            return null;
        }
    }

    private static @Nullable Instant visitedAt(@Nullable String text, Instant now, List<FieldError> errors) {
        if (text == null) {
            return null;
        }
        Instant at = parseTime(text);
        if (at == null) {
            errors.add(new FieldError(
                    "visitedAt", "is not a date and time like 2026-11-24T10:15:00+02:00 or 2026-11-24 10:15 (Kyiv)"));
        } else if (at.isAfter(now.plus(CLOCK_SKEW))) {
            errors.add(new FieldError("visitedAt", "is in the future"));
        }
        return at;
    }

    /** To the millisecond, as MongoDB keeps times: a repeated report must compare equal. */
    static @Nullable Instant parseTime(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant().truncatedTo(ChronoUnit.MILLIS);
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(text.replace(' ', 'T'))
                        .atZone(KYIV)
                        .toInstant()
                        .truncatedTo(ChronoUnit.MILLIS);
            } catch (DateTimeParseException unreadable) {
                return null;
            }
        }
    }

    private static @Nullable String required(@Nullable String value, String field, List<FieldError> errors) {
        String stripped = blankToNull(value);
        if (stripped == null) {
            errors.add(new FieldError(field, "is missing"));
        }
        return stripped;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
