package ua.vidguk.alert;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import ua.vidguk.access.AccessScope;
import ua.vidguk.figures.Level;
import ua.vidguk.figures.Ratings;
import ua.vidguk.stafflink.LinkedChat;
import ua.vidguk.stafflink.Scope;
import ua.vidguk.stafflink.StaffLinks;

/**
 * Once a week, on {@code digest-day} from {@code digest-hour} (working-hours zone), each region's
 * chat gets its centres and the ministry's chat the regions, ranked by satisfaction over the past
 * week (Monday to Sunday) with the change of place against the week before, read from the
 * figures' {@link Ratings}. A region or a country with no responses that week gets nothing.
 *
 * <p>Each chat gets its digest once, whatever the instances and restarts. Its messages are
 * rendered once and kept in the chat's claim ({@link DigestClaims}), which one instance at a time
 * works on; they are queued in the outbox held ({@link Outbox#HELD}: no drain sends them), the
 * claim is marked queued, and only then are they let go. An instance stopped on the way leaves a
 * claim that the next sweep finishes once its lease runs out: not marked queued, its parts are
 * queued again (the outbox refuses those it has, and none was sent, being held); marked, they are
 * let go (those let go before are left alone). The week is marked done once every chat's claim
 * was finished. The messages go through the outbox, within each chat's budget, each whole (never
 * folded into a backlog's summary).
 */
@Component
class WeeklyDigests {

    private final DigestClaims claims;
    private final StaffLinks links;
    private final Ratings ratings;
    private final DigestTexts texts;
    private final Outbox outbox;
    private final OutboxDrain drain;
    private final AlertProperties properties;
    private final Clock clock;

    WeeklyDigests(
            DigestClaims claims,
            StaffLinks links,
            Ratings ratings,
            DigestTexts texts,
            Outbox outbox,
            OutboxDrain drain,
            AlertProperties properties,
            Clock clock) {
        this.claims = claims;
        this.links = links;
        this.ratings = ratings;
        this.texts = texts;
        this.outbox = outbox;
        this.drain = drain;
        this.properties = properties;
        this.clock = clock;
    }

    /** A chat and the ranking it gets: a region's centres, or (no region) the regions. */
    private record Target(
            LinkedChat chat, Level level, @Nullable String region) {}

    /** @return whether this call finished the past week's digests; false when they were finished before */
    boolean sendIfDue() {
        Instant now = clock.instant();
        ZonedDateTime local = now.atZone(properties.workingHours().zone());
        if (local.getDayOfWeek() != properties.digestDay() || local.getHour() < properties.digestHour()) {
            return false;
        }
        LocalDate monday = local.toLocalDate()
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .minusWeeks(1);
        String week = "weekly:" + monday;
        if (claims.done(week)) {
            return false;
        }
        Set<Long> chats = new LinkedHashSet<>();
        boolean everyChat = true;
        for (Target target : targets()) {
            var claim = claims.take(
                    week + ":" + target.chat().scope().key(),
                    target.chat().chatId(),
                    target.chat().scope().key(),
                    () -> texts.render(
                            target.chat().scope(),
                            ratings.rate(
                                    target.level(), target.region(), monday, monday.plusDays(6), AccessScope.NATIONAL)),
                    now);
            if (claim.isEmpty()) {
                everyChat = false; // another instance is at it; the week is done once it is
            } else if (send(claim.get(), now)) {
                chats.add(claim.get().chatId());
            }
        }
        if (everyChat) {
            claims.finish(week, now);
        }
        chats.forEach(drain::kick);
        return everyChat;
    }

    private List<Target> targets() {
        List<Target> targets = new ArrayList<>();
        for (LinkedChat chat : links.regionChats()) {
            targets.add(new Target(chat, Level.CENTRE, chat.scope().code()));
        }
        links.linkOf(Scope.NATIONAL).ifPresent(chat -> targets.add(new Target(chat, Level.REGION, null)));
        return targets.stream().filter(target -> target.chat().usable()).toList();
    }

    /** Under the claim's lease. @return whether the chat has messages to send */
    private boolean send(DigestClaims.Claim claim, Instant now) {
        List<String> ids = new ArrayList<>();
        for (int part = 0; part < claim.parts().size(); part++) {
            String text = claim.parts().get(part);
            String id = claim.id() + ":" + (part + 1);
            ids.add(id);
            if (!claim.queued()) {
                outbox.queue(new Outbox.Item(
                        id,
                        claim.chatId(),
                        claim.scope(),
                        null,
                        text,
                        text.lines().findFirst().orElse(""),
                        false,
                        now.plusMillis(part), // in order: the outbox sends the oldest first
                        Outbox.HELD,
                        null,
                        0));
            }
        }
        claims.queued(claim.id());
        ids.forEach(id -> outbox.release(id, now));
        claims.letGo(claim.id());
        return !ids.isEmpty();
    }
}
