package ua.vidguk.alert;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import ua.vidguk.message.MessageName;
import ua.vidguk.stafflink.LinkedChat;
import ua.vidguk.stafflink.Scope;
import ua.vidguk.stafflink.StaffLinks;

/**
 * Once a day, at {@code daily-summary-hour} in the working-hours zone, each centre chat gets the
 * day's answers, satisfaction, positive responses ({@link StaffStats}) and open cases. The day is claimed by inserting {@code
 * daily:<date>} into {@code staff_jobs}, so one instance sends it, once; the messages go through
 * the outbox like any other, under ids that cannot be queued twice.
 */
@Component
class DailySummaries {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final MongoTemplate mongo;
    private final StaffLinks links;
    private final StaffStats stats;
    private final OpenCounts counts;
    private final Outbox outbox;
    private final OutboxDrain drain;
    private final AlertTexts texts;
    private final AlertProperties properties;
    private final Clock clock;

    DailySummaries(
            MongoTemplate mongo,
            StaffLinks links,
            StaffStats stats,
            OpenCounts counts,
            Outbox outbox,
            OutboxDrain drain,
            AlertTexts texts,
            AlertProperties properties,
            Clock clock) {
        this.mongo = mongo;
        this.links = links;
        this.stats = stats;
        this.counts = counts;
        this.outbox = outbox;
        this.drain = drain;
        this.texts = texts;
        this.properties = properties;
        this.clock = clock;
    }

    /** @return whether this call sent today's summaries */
    boolean sendIfDue() {
        Instant now = clock.instant();
        ZonedDateTime local = now.atZone(properties.workingHours().zone());
        if (local.getHour() < properties.dailySummaryHour()) {
            return false;
        }
        LocalDate today = local.toLocalDate();
        try {
            mongo.insert(
                    new org.bson.Document("_id", "daily:" + today).append("at", java.util.Date.from(now)),
                    "staff_jobs");
        } catch (DuplicateKeyException sentAlready) {
            return false;
        }
        for (var chat : links.centreChats().stream().filter(LinkedChat::usable).toList()) {
            Scope scope = chat.scope();
            var day = stats.last(scope, 1);
            String text = texts.render(
                    MessageName.STAFF_DAILY_SUMMARY,
                    Map.of(
                            "scope", texts.scope(scope),
                            "date", DATE.format(today),
                            "answers", Long.toString(day.answers()),
                            "satisfaction", Long.toString(day.satisfactionPercent()),
                            "positive", Long.toString(day.positive()),
                            "open", Long.toString(counts.of(scope))));
            outbox.queue(new Outbox.Item(
                    "daily:" + today + ":" + scope.key(),
                    chat.chatId(),
                    scope.key(),
                    null,
                    text,
                    text.lines().findFirst().orElse(""),
                    false,
                    now,
                    now,
                    null,
                    0));
            drain.kick(chat.chatId());
        }
        return true;
    }
}
