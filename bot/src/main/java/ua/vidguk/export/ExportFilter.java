package ua.vidguk.export;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import ua.vidguk.access.AccessScope;
import ua.vidguk.channel.Channel;
import ua.vidguk.conversation.ResponseFilter;

/**
 * The export's filters as the caller gave them (the query's parameters, bound by name), narrowed to the caller's scope. A filter outside
 * the scope matches nothing: the list is empty, as for a centre without responses (a list leaves
 * out what the caller may not see; it does not say whether it exists).
 *
 * @param from the first Kyiv day, inclusive, on the response's end
 * @param to the last Kyiv day, inclusive
 */
record ExportFilter(
        @Nullable String cnapCode,
        @Nullable String region,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate from,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate to,

        @Nullable String channel,
        @Nullable String survey) {

    static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");

    /** The responses to read for a caller with this scope; empty when the filter is outside it. */
    Optional<ResponseFilter> within(AccessScope scope) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "from " + from + " is after to " + to + ".");
        }
        Set<String> codes = cnapCode == null ? Set.of() : Set.of(cnapCode);
        String regionWanted = region;
        switch (scope.level()) {
            case CNAPS -> {
                if (cnapCode != null && !scope.codes().contains(cnapCode)) {
                    return Optional.empty();
                }
                codes = cnapCode == null ? scope.codes() : codes;
            }
            case REGION -> {
                if (region != null && !region.equals(scope.region())) {
                    return Optional.empty();
                }
                regionWanted = scope.region();
            }
            case NATIONAL -> {}
        }
        return Optional.of(new ResponseFilter(
                codes,
                regionWanted,
                from == null ? null : from.atStartOfDay(KYIV).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(KYIV).toInstant(),
                channelWanted(),
                survey));
    }

    private @Nullable Channel channelWanted() {
        if (channel == null) {
            return null;
        }
        try {
            return Channel.valueOf(channel.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "Unknown channel " + channel + "; use sms, viber, telegram or web.");
        }
    }
}
