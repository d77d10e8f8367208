package ua.vidguk.conversation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import ua.vidguk.channel.Channel;
import ua.vidguk.channel.MessengerOpened;
import ua.vidguk.contact.ContactAddress;
import ua.vidguk.contact.ContactLinks;
import ua.vidguk.contact.OptOuts;
import ua.vidguk.conversation.SessionStore.ActiveSession;
import ua.vidguk.conversation.engine.ConversationEngine;
import ua.vidguk.conversation.engine.Prompt;
import ua.vidguk.limits.EntryKind;
import ua.vidguk.limits.EntryLimits;
import ua.vidguk.survey.Surveys;

/**
 * A visitor opened the bot in a messenger, with what the link carried: a visit token from an
 * invitation's deep link (that survey continues here, wherever it was), or a centre's code from a
 * QR code at the centre (a new survey about that centre, with no phone number). Viber's {@code
 * conversation_started} and Telegram's {@code /start} both come here, so the rules are the same.
 * Only the QR code's new surveys are limited per messenger account and hour ({@link EntryLimits}):
 * a token's survey stands on a reported visit.
 *
 * <p>Runs on the webhook's thread: a failure answers the provider with an error, so that it
 * delivers the opening again, and Viber's welcome message is the first message sent here (see the
 * Viber channel's welcome capture).
 */
@Component
class MessengerEntry {

    private static final Logger log = LoggerFactory.getLogger(MessengerEntry.class);
    private static final int ATTEMPTS = 3;

    /** What the visitor now sees. */
    enum Outcome {
        /** A new survey about the centre began with its first question. */
        STARTED,
        /** The survey of the link continues here with its current question. */
        RESUMED,
        /** The visitor was already in a survey here; its current question was asked again. */
        CONTINUED,
        /** Neither an open survey nor a centre: the visitor was told there is no open survey. */
        NO_SURVEY,
        /** The visitor asked not to be surveyed: nothing was sent. */
        OPTED_OUT,
        /** The messenger refused the first message (e.g. the bot is blocked): no survey is open. */
        REFUSED,
        /** The account opened as many surveys about the centre this hour as allowed: it was told so. */
        LIMITED
    }

    private final Conversations conversations;
    private final SessionStore sessions;
    private final ConversationEngine engine;
    private final Surveys surveys;
    private final StepApplier steps;
    private final Delivery delivery;
    private final OptOuts optOuts;
    private final ContactLinks links;
    private final EntryLimits limits;
    private final ConversationProperties properties;
    private final Clock clock;

    MessengerEntry(
            Conversations conversations,
            SessionStore sessions,
            ConversationEngine engine,
            Surveys surveys,
            StepApplier steps,
            Delivery delivery,
            OptOuts optOuts,
            ContactLinks links,
            EntryLimits limits,
            ConversationProperties properties,
            Clock clock) {
        this.conversations = conversations;
        this.sessions = sessions;
        this.engine = engine;
        this.surveys = surveys;
        this.steps = steps;
        this.delivery = delivery;
        this.optOuts = optOuts;
        this.links = links;
        this.limits = limits;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener
    void on(MessengerOpened opened) {
        Outcome outcome = enter(opened.from(), opened.channel(), opened.payload());
        log.debug("{} opened the {} bot: {}", opened.from(), opened.channel(), outcome);
    }

    /**
     * @param contact the messenger identity, e.g. a Telegram chat
     * @param payload the link's token or centre code; empty when the bot was opened without one
     */
    Outcome enter(ContactAddress contact, Channel channel, String payload) {
        if (optOuts.isOptedOut(contact)) {
            return Outcome.OPTED_OUT;
        }
        String code = payload.strip();
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<Outcome> outcome =
                    conversations.isToken(code) ? resume(code, contact, channel) : begin(code, contact, channel);
            if (outcome.isPresent()) {
                return outcome.get();
            }
        }
        throw new IllegalStateException("The conversation kept changing while the visitor entered it");
    }

    private Optional<Outcome> resume(String token, ContactAddress contact, Channel channel) {
        Optional<ActiveSession> active = sessions.byToken(token);
        if (active.isEmpty()) {
            return continueOrTell(contact, channel);
        }
        ActiveSession current = active.get();
        if (!current.contact().equals(contact.uri())) {
            var moved = current.session().movedTo(contact, channel);
            switch (sessions.move(current, moved)) {
                case BUSY -> {
                    return continueOrTell(contact, channel);
                }
                case CHANGED -> {
                    return Optional.empty();
                }
                case MOVED -> {
                    linkProven(current, contact);
                    current = new ActiveSession(contact.uri(), null, moved);
                }
            }
        }
        return ask(current, Outcome.RESUMED);
    }

    /**
     * A link sent by SMS and opened in a messenger proves that the messenger's holder has the phone:
     * the two are linked, so that later invitations come here and a STOP here stops the SMS too.
     */
    private void linkProven(ActiveSession bySms, ContactAddress messenger) {
        var from = ContactAddress.parse(bySms.contact());
        if (from.kind() == ContactAddress.Kind.TEL) {
            links.link(from.phoneNumber(), messenger, clock.instant());
        }
    }

    private Optional<Outcome> begin(String code, ContactAddress contact, Channel channel) {
        if (code.isEmpty() || !conversations.isCentre(code)) {
            return continueOrTell(contact, channel);
        }
        Optional<ActiveSession> own = sessions.find(contact);
        if (own.isPresent()) {
            return ask(own.get(), Outcome.CONTINUED); // not a new survey: nothing to count
        }
        if (!limits.admit(code, EntryKind.MESSENGER, contact.uri()).admitted()) {
            return Optional.of(tell(contact, channel, new Prompt.EntryLimited(), Outcome.LIMITED));
        }
        return switch (conversations.start(contact, channel, code)) {
            case STARTED -> Optional.of(Outcome.STARTED);
            case OPTED_OUT -> Optional.of(Outcome.OPTED_OUT);
            // Nothing here has a gate that could hold the invitation back.
            case REFUSED, WITHHELD -> Optional.of(Outcome.REFUSED);
            case BUSY -> continueOrTell(contact, channel);
        };
    }

    /** Asks the current question of the contact's own survey again, or says there is none. */
    private Optional<Outcome> continueOrTell(ContactAddress contact, Channel channel) {
        Optional<ActiveSession> own = sessions.find(contact);
        if (own.isPresent()) {
            return ask(own.get(), Outcome.CONTINUED);
        }
        return Optional.of(tell(contact, channel, new Prompt.NoOpenSurvey(), Outcome.NO_SURVEY));
    }

    private Outcome tell(ContactAddress contact, Channel channel, Prompt prompt, Outcome outcome) {
        var to = new Delivery.Conversation(contact, channel, properties.locale(), "", null);
        delivery.send(to, List.of(prompt), Delivery.Greeting.NONE, clock.instant());
        return outcome;
    }

    private Optional<Outcome> ask(ActiveSession current, Outcome outcome) {
        Instant now = clock.instant();
        var survey = surveys.get(current.session().surveyId());
        var applied =
                steps.apply(current, engine.start(survey, current.session(), now), null, Delivery.Greeting.NONE, now);
        return applied.stored() ? Optional.of(outcome) : Optional.empty();
    }
}
