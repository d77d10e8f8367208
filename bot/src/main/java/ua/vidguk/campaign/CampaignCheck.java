package ua.vidguk.campaign;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import ua.vidguk.channel.Channel;
import ua.vidguk.scheduler.SendWindow;

/**
 * Reads a {@link CampaignInput} into settings, collecting every broken rule. Absent settings take
 * the defaults a coordinator would choose: from now, 2 hours after the visit, 09:00–20:00 every
 * day, no repeat within 30 days, visits up to 3 days old, no rate limit, no reminder.
 */
final class CampaignCheck {

    static final Duration MAX_DELAY = Duration.ofDays(7);
    static final Duration MAX_AGE = Duration.ofDays(30);
    static final int MAX_RATE = 1_000;

    record FieldError(String field, String reason) {}

    /** What the input said, read and checked; valid only when {@code errors} is empty. */
    record Settings(
            String name,
            Instant startsAt,
            @Nullable Instant endsAt,
            Duration delayAfterVisit,
            @Nullable SendWindow sendWindow,
            Map<Channel, Integer> ratePerSecond,
            int noRepeatDays,
            Duration maxVisitAge,
            @Nullable Duration reminderAfter,
            List<FieldError> errors) {}

    private final List<FieldError> errors = new ArrayList<>();

    static Settings read(CampaignInput input, Instant now) {
        return new CampaignCheck().settings(input, now);
    }

    private Settings settings(CampaignInput input, Instant now) {
        String name = input.name() == null ? "" : input.name().strip();
        if (name.isEmpty() || name.length() > 200) {
            errors.add(new FieldError("name", "is required, up to 200 characters"));
        }
        Instant startsAt = java.util.Objects.requireNonNullElse(
                parse(
                        "startsAt",
                        input.startsAt(),
                        text -> OffsetDateTime.parse(text).toInstant(),
                        now),
                now);
        Instant endsAt = parse(
                "endsAt", input.endsAt(), text -> OffsetDateTime.parse(text).toInstant(), null);
        if (input.endsAt() == null) {
            errors.add(new FieldError("endsAt", "is required"));
        } else if (endsAt != null && (!endsAt.isAfter(startsAt) || !endsAt.isAfter(now))) {
            errors.add(new FieldError("endsAt", "must be after startsAt and in the future"));
        }
        Duration delay =
                duration("delayAfterVisit", input.delayAfterVisit(), Duration.ofHours(2), Duration.ZERO, MAX_DELAY);
        Duration maxAge =
                duration("maxVisitAge", input.maxVisitAge(), Duration.ofDays(3), Duration.ofMinutes(1), MAX_AGE);
        if (maxAge.compareTo(delay) < 0) {
            errors.add(new FieldError("maxVisitAge", "is shorter than delayAfterVisit: no visit would be surveyed"));
        }
        Duration reminder = input.reminderAfter() == null
                ? null
                : duration("reminderAfter", input.reminderAfter(), null, Duration.ofMinutes(1), Duration.ofDays(2));
        int noRepeatDays = input.noRepeatDays() == null ? 30 : input.noRepeatDays();
        if (noRepeatDays < 0 || noRepeatDays > 365) {
            errors.add(new FieldError("noRepeatDays", "must be between 0 and 365"));
        }
        return new Settings(
                name,
                startsAt,
                endsAt,
                delay,
                window(input.sendWindow()),
                rates(input.ratePerSecond()),
                noRepeatDays,
                maxAge,
                reminder,
                List.copyOf(errors));
    }

    private @Nullable SendWindow window(CampaignInput.@Nullable Window input) {
        if (input == null) {
            return new SendWindow(LocalTime.of(9, 0), LocalTime.of(20, 0), EnumSet.allOf(DayOfWeek.class));
        }
        LocalTime opens = parse("sendWindow.opens", input.opens(), LocalTime::parse, LocalTime.of(9, 0));
        LocalTime closes = parse("sendWindow.closes", input.closes(), LocalTime::parse, LocalTime.of(20, 0));
        Set<DayOfWeek> days = input.days() == null ? EnumSet.allOf(DayOfWeek.class) : new LinkedHashSet<>();
        for (String day : input.days() == null ? List.<String>of() : input.days()) {
            DayOfWeek parsed =
                    parse("sendWindow.days", day, text -> DayOfWeek.valueOf(text.toUpperCase(Locale.ROOT)), null);
            if (parsed != null) {
                days.add(parsed);
            }
        }
        try {
            return opens == null || closes == null ? null : new SendWindow(opens, closes, days);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("sendWindow", e.getMessage()));
            return null;
        }
    }

    private Map<Channel, Integer> rates(@Nullable Map<String, Integer> input) {
        Map<Channel, Integer> rates = new EnumMap<>(Channel.class);
        (input == null ? Map.<String, Integer>of() : input).forEach((channel, rate) -> {
            Channel parsed =
                    parse("ratePerSecond", channel, text -> Channel.valueOf(text.toUpperCase(Locale.ROOT)), null);
            if (rate == null || rate < 1 || rate > MAX_RATE) {
                errors.add(new FieldError("ratePerSecond." + channel, "must be between 1 and " + MAX_RATE));
            } else if (parsed != null) {
                rates.put(parsed, rate);
            }
        });
        return rates;
    }

    private Duration duration(
            String field, @Nullable String text, @Nullable Duration fallback, Duration min, Duration max) {
        Duration value = parse(field, text, Duration::parse, fallback);
        if (value == null) {
            return fallback == null ? min : fallback;
        }
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            errors.add(new FieldError(field, "must be between " + min + " and " + max));
        }
        return value;
    }

    private <T> @Nullable T parse(
            String field, @Nullable String text, Function<String, T> parser, @Nullable T fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return parser.apply(text.strip());
        } catch (DateTimeException | IllegalArgumentException e) {
            errors.add(new FieldError(field, "cannot be read: " + text.strip()));
            return null;
        }
    }
}
