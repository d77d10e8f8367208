package ua.vidguk.visit;

import org.jspecify.annotations.Nullable;

/**
 * One reported visit as it arrived (a JSON item or a CSV row): every field a string, so that a
 * bad value is reported for its row instead of failing the whole request.
 *
 * @param visitedAt ISO-8601, with an offset ({@code 2026-11-24T10:15:00+02:00}) or without one,
 *     then read as Kyiv time ({@code 2026-11-24T10:15}, {@code 2026-11-24 10:15})
 * @param administrator who served the visit, as the centre's electronic queue names them (an
 *     operator's id, {@code Оксана К.}): optional, a staff member's personal data, never logged
 */
record VisitInput(
        @Nullable String externalId,
        @Nullable String cnapCode,
        @Nullable String phone,
        @Nullable String visitedAt,
        @Nullable String service,
        @Nullable String administrator) {}
