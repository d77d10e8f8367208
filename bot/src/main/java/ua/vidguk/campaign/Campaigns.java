package ua.vidguk.campaign;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import ua.vidguk.campaign.Campaign.State;
import ua.vidguk.campaign.CampaignCheck.FieldError;
import ua.vidguk.cnap.CnapRegistry;
import ua.vidguk.cnap.Regions;
import ua.vidguk.survey.Surveys;

/** Campaigns as coordinators create and steer them: the feature's API for the dispatcher too. */
@Service
public class Campaigns {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final MongoTemplate mongo;
    private final Surveys surveys;
    private final CnapRegistry cnaps;
    private final Regions regionCodes;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Campaigns(
            MongoTemplate mongo,
            Surveys surveys,
            CnapRegistry cnaps,
            Regions regionCodes,
            ApplicationEventPublisher events,
            Clock clock) {
        this.mongo = mongo;
        this.surveys = surveys;
        this.cnaps = cnaps;
        this.regionCodes = regionCodes;
        this.events = events;
        this.clock = clock;
    }

    /** The campaign's settings break rules; nothing was stored. */
    static final class Invalid extends RuntimeException {
        final List<FieldError> errors;

        Invalid(List<FieldError> errors) {
            super("Invalid campaign");
            this.errors = errors;
        }
    }

    /** The change does not apply to the campaign's state, e.g. resuming a cancelled one. */
    static final class Conflict extends RuntimeException {
        Conflict(String message) {
            super(message);
        }
    }

    enum Change {
        PAUSE(Set.of(State.ACTIVE), State.PAUSED),
        RESUME(Set.of(State.PAUSED), State.ACTIVE),
        CANCEL(Set.of(State.ACTIVE, State.PAUSED), State.CANCELLED);

        final Set<State> from;
        final State to;

        Change(Set<State> from, State to) {
            this.from = from;
            this.to = to;
        }
    }

    /**
     * Creates an active campaign.
     *
     * @throws RuntimeException naming every broken rule when the settings are not valid
     */
    public Campaign create(CampaignInput input) {
        Instant now = clock.instant();
        var settings = CampaignCheck.read(input, now);
        List<FieldError> errors = new ArrayList<>(settings.errors());
        String survey = input.survey() == null || input.survey().isBlank()
                ? "cnap-visit"
                : input.survey().strip();
        if (surveys.find(survey).isEmpty()) {
            errors.add(new FieldError("survey", "is not a known survey: " + survey));
        }
        Set<String> codes = new LinkedHashSet<>(input.cnapCodes() == null ? List.of() : input.cnapCodes());
        Set<String> unknown = new HashSet<>(codes);
        unknown.removeAll(cnaps.known(codes));
        if (!unknown.isEmpty()) {
            errors.add(new FieldError("cnapCodes", "are not known centres: " + String.join(", ", unknown)));
        }
        Set<String> regions = new LinkedHashSet<>(input.regions() == null ? List.of() : input.regions());
        regions.stream()
                .filter(region -> regionCodes.find(region).isEmpty())
                .forEach(region -> errors.add(new FieldError("regions", "is not a region code: " + region)));
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        var campaign = new Campaign(
                newId(),
                settings.name(),
                survey,
                codes,
                regions,
                settings.startsAt(),
                settings.endsAt(),
                settings.delayAfterVisit(),
                settings.sendWindow(),
                settings.ratePerSecond(),
                settings.noRepeatDays(),
                settings.maxVisitAge(),
                settings.reminderAfter(),
                State.ACTIVE,
                now,
                now,
                new Campaign.Settling(null));
        Campaign stored = mongo.insert(campaign);
        settle(stored);
        return stored;
    }

    public Optional<Campaign> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Campaign.class));
    }

    /** All campaigns, newest first: a few per month, so the scan is nothing. */
    public List<Campaign> all() {
        return mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "createdAt")), Campaign.class);
    }

    Campaign change(String id, Change change) {
        Campaign current = find(id).orElseThrow(() -> new java.util.NoSuchElementException(id));
        if (!change.from.contains(current.state())) {
            throw new Conflict("A " + current.state().name().toLowerCase() + " campaign cannot be "
                    + change.name().toLowerCase() + "d");
        }
        Campaign next = current.withState(change.to, clock.instant());
        // Guarded by the state read, so a pause and a cancel racing cannot both win.
        var guard = query(where("_id").is(id).and("state").is(current.state()));
        if (mongo.findAndReplace(guard, next, FindAndReplaceOptions.none()) == null) {
            return change(id, change);
        }
        settle(next);
        return next;
    }

    /**
     * Tells dispatch of the change, then marks it heard, unless the campaign changed again
     * meanwhile. A listener's failure is thrown (the client sees an error); the mark stays, and
     * {@link CampaignSettling} publishes the change again. Every listener of it is idempotent.
     */
    void settle(Campaign changed) {
        var settling = changed.settling();
        events.publishEvent(new CampaignChanged(changed, settling == null ? null : settling.from()));
        mongo.findAndModify( // guarded: an update with this filter scans on the embedded store
                query(where("_id").is(changed.id()).and("updatedAt").is(changed.updatedAt())),
                new Update().unset("settling"),
                Campaign.class);
    }

    private static String newId() {
        return "c" + Long.toString(Math.abs(RANDOM.nextLong()), 36);
    }
}
