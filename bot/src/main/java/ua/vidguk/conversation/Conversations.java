package ua.vidguk.conversation;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import ua.vidguk.channel.Channel;
import ua.vidguk.cnap.Cnap;
import ua.vidguk.cnap.CnapRegistry;
import ua.vidguk.contact.ContactAddress;
import ua.vidguk.contact.OptOuts;
import ua.vidguk.conversation.engine.ConversationEngine;
import ua.vidguk.conversation.engine.Session;
import ua.vidguk.conversation.engine.Step;
import ua.vidguk.conversation.event.InvitedVisit;
import ua.vidguk.survey.Surveys;

/**
 * Starts survey conversations: the feature's API for whoever decides that a visitor is to be
 * asked (the dispatcher, a test, the simulator).
 */
@Service
public class Conversations {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9]{10}");
    private static final char[] TOKEN_ALPHABET =
            "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789".toCharArray();

    private final ConversationEngine engine;
    private final Surveys surveys;
    private final SessionStore sessions;
    private final CnapRegistry cnaps;
    private final OptOuts optOuts;
    private final StepApplier steps;
    private final ConversationProperties properties;
    private final Clock clock;

    Conversations(
            ConversationEngine engine,
            Surveys surveys,
            SessionStore sessions,
            CnapRegistry cnaps,
            OptOuts optOuts,
            StepApplier steps,
            ConversationProperties properties,
            Clock clock) {
        this.engine = engine;
        this.surveys = surveys;
        this.sessions = sessions;
        this.cnaps = cnaps;
        this.optOuts = optOuts;
        this.steps = steps;
        this.properties = properties;
        this.clock = clock;
    }

    /** What became of a request to start a survey. */
    public enum StartOutcome {
        /** The invitation went out (or the provider refused it: see the message log). */
        STARTED,
        /** The contact is in another survey; ask again once it has ended. */
        BUSY,
        /** The contact asked not to be surveyed. */
        OPTED_OUT,
        /** The provider refused the invitation: no survey was left open. */
        REFUSED,
        /**
         * The caller's gate held the invitation back before anything went out (its send window
         * closed while it waited for its rate): no survey was left open.
         */
        WITHHELD
    }

    /**
     * Opens the survey about a centre for a contact who came from the centre's QR code (a
     * messenger's deep link with the centre's code), with its first question: source {@code qr}.
     *
     * @throws IllegalArgumentException when the centre is not in the registry
     */
    public StartOutcome start(ContactAddress contact, Channel channel, String cnapCode) {
        return open(contact, channel, cnapCode, null, null, Session.QR, RateGate.OPEN)
                .outcome();
    }

    /**
     * Invites a contact to a chosen survey on a chosen channel: how a coordinator tries a survey
     * template on the simulator before a campaign uses it.
     *
     * @throws IllegalArgumentException when the centre is not in the registry
     */
    public StartOutcome start(ContactAddress contact, Channel channel, String cnapCode, String surveyId) {
        return open(contact, channel, cnapCode, surveyId, null, Session.INVITATION, RateGate.OPEN)
                .outcome();
    }

    /** A start's outcome, with the session it opened when it did. */
    record Opened(StartOutcome outcome, @Nullable String sessionId) {

        static Opened not(StartOutcome outcome) {
            return new Opened(outcome, null);
        }
    }

    Opened open(
            ContactAddress contact,
            Channel channel,
            String cnapCode,
            @Nullable String surveyId,
            @Nullable InvitedVisit visit,
            String source,
            RateGate gate) {
        Cnap cnap =
                cnaps.find(cnapCode).orElseThrow(() -> new IllegalArgumentException("No centre with code " + cnapCode));
        Instant now = clock.instant();
        Session opened = Session.open(
                newToken(),
                surveyId == null ? properties.survey() : surveyId,
                contact,
                cnap.code(),
                cnap.name(),
                channel,
                properties.locale(),
                visit,
                source,
                now);
        // Stored as it is once the first question is asked: one write fewer for every invitation.
        Step first =
                steps.counted(engine.start(surveys.get(opened.surveyId()), opened, now), Delivery.Greeting.INVITATION);
        if (!sessions.open(first.session(), visit == null ? null : visit.reference())) {
            return Opened.not(StartOutcome.BUSY);
        }
        var stored = new SessionStore.ActiveSession(contact.uri(), null, first.session());
        // Checked once the contact is held, so that a STOP arriving meanwhile cannot slip between.
        if (optOuts.isOptedOut(contact)) {
            sessions.close(stored);
            return Opened.not(StartOutcome.OPTED_OUT);
        }
        StepApplier.Applied applied = steps.apply(stored, first, null, Delivery.Greeting.INVITATION, gate, now);
        if (applied == StepApplier.Applied.REFUSED || applied == StepApplier.Applied.WITHHELD) {
            // Nobody was asked anything: free the contact for another channel or a later attempt.
            sessions.close(stored);
            return Opened.not(applied == StepApplier.Applied.REFUSED ? StartOutcome.REFUSED : StartOutcome.WITHHELD);
        }
        return new Opened(StartOutcome.STARTED, opened.id());
    }

    /**
     * Reminds a visitor of a survey they have not answered at all yet: its first question again,
     * in the reminder's words, and the survey's time to expire starts over.
     *
     * @param sessionId the conversation, as the invitation opened it
     * @return whether a reminder went out (false: answered, ended, or not there)
     */
    public boolean remind(String sessionId) {
        Instant now = clock.instant();
        var active = sessions.byToken(sessionId);
        if (active.isEmpty() || !active.get().session().answers().isEmpty()) {
            return false;
        }
        var current = active.get();
        Step again = engine.start(surveys.get(current.session().surveyId()), current.session(), now);
        return steps.apply(current, again, null, Delivery.Greeting.REMINDER, now) == StepApplier.Applied.SENT;
    }

    /**
     * What the caller that started a conversation named it (an invited visit's {@code reference}),
     * so that it can follow the conversation's events, which name only the session.
     */
    public Optional<String> reference(String sessionId) {
        return sessions.reference(sessionId);
    }

    /** Whether the text has the shape of a visit token (not whether such a visit exists). */
    boolean isToken(String text) {
        return TOKEN.matcher(text).matches();
    }

    boolean isCentre(String code) {
        return cnaps.find(code).isPresent();
    }

    /** The visit behind a link's token: empty for a token that never existed. */
    public Optional<Visit> visit(String token) {
        return isToken(token) ? sessions.visit(token) : Optional.empty();
    }

    /**
     * A session's id doubles as the token in its links: unambiguous to read, and short, because the
     * invitation SMS has 134 characters for everything. 57^10 tokens: guessing one is hopeless.
     */
    private static String newToken() {
        char[] token = new char[10];
        for (int i = 0; i < token.length; i++) {
            token[i] = TOKEN_ALPHABET[RANDOM.nextInt(TOKEN_ALPHABET.length)];
        }
        return new String(token);
    }
}
