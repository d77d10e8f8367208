package ua.vidguk.conversation;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import ua.vidguk.channel.Channel;
import ua.vidguk.contact.ContactAddress;
import ua.vidguk.contact.PhoneNumber;
import ua.vidguk.conversation.SessionStore.ActiveSession;
import ua.vidguk.conversation.WebSurveyPage.Answered;
import ua.vidguk.conversation.engine.ConversationEngine;
import ua.vidguk.conversation.engine.Session;
import ua.vidguk.survey.Surveys;

/**
 * Surveys answered in a browser, one page a question: a new one about a centre (its QR code), or an
 * invitation's survey continued from its link. The same engine and rules as every channel; the
 * conversation is held on {@link Channel#WEB}, where nothing is sent (see {@link Delivery}), so a
 * survey continued here costs no more SMS.
 */
@Service
public class WebSurveys {

    private static final Pattern BROWSER_ID = Pattern.compile("[A-Za-z0-9_-]{16,64}");
    private static final int ATTEMPTS = 3;

    private final Conversations conversations;
    private final SessionStore sessions;
    private final ConversationEngine engine;
    private final Surveys surveys;
    private final StepApplier steps;
    private final WebSurveyPages pages;
    private final Clock clock;

    WebSurveys(
            Conversations conversations,
            SessionStore sessions,
            ConversationEngine engine,
            Surveys surveys,
            StepApplier steps,
            WebSurveyPages pages,
            Clock clock) {
        this.conversations = conversations;
        this.sessions = sessions;
        this.engine = engine;
        this.surveys = surveys;
        this.steps = steps;
        this.pages = pages;
        this.clock = clock;
    }

    /**
     * Opens a new survey about a centre for a browser, as a QR code's entry in a messenger does (the
     * same survey, no invitation behind it). The same browser id again, while its survey is in
     * progress, gets that survey: a start sent twice opens one.
     *
     * @param browserId the random id the start form carried
     * @return the survey's token; empty for an unknown centre or an unusable id
     */
    public Optional<String> begin(String cnapCode, String browserId) {
        if (!BROWSER_ID.matcher(browserId).matches() || !conversations.isCentre(cnapCode)) {
            return Optional.empty();
        }
        var browser = ContactAddress.web(browserId);
        var opened = conversations.open(browser, Channel.WEB, cnapCode, null, null, Session.QR, RateGate.OPEN);
        return switch (opened.outcome()) {
            case STARTED -> Optional.ofNullable(opened.sessionId());
            case BUSY -> sessions.find(browser).map(active -> active.session().id());
            case OPTED_OUT, REFUSED, WITHHELD -> Optional.empty();
        };
    }

    /** The page of a survey's link; empty for a token that never existed. */
    public Optional<WebSurveyPage> page(String token) {
        if (!conversations.isToken(token)) {
            return Optional.empty();
        }
        Optional<ActiveSession> active = sessions.byToken(token);
        if (active.isPresent() && active.get().session().isActive()) {
            return Optional.of(pages.asking(active.get().session()));
        }
        return sessions.visit(token).map(visit -> pages.ended(token, visit.cnapName()));
    }

    /**
     * Takes the answer of a page's form. The conversation moves to the web with it, so its next
     * questions are pages, not messages.
     *
     * @param step the {@link WebSurveyPage#step()} the form was shown with
     * @param reply as a messenger's button or typed text would carry it
     * @param callbackPhone the number typed with "yes" to a call back, when the page asked for one:
     *     the survey is then held at that number, which is what staff see (in full, as agreed)
     */
    public Answered answer(String token, long step, String reply, @Nullable PhoneNumber callbackPhone) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<ActiveSession> active = conversations.isToken(token) ? sessions.byToken(token) : Optional.empty();
            if (active.isEmpty() || !active.get().session().isActive()) {
                return Answered.ENDED;
            }
            ActiveSession current = active.get();
            if (current.session().version() != step) {
                return Answered.STALE;
            }
            Session onWeb = current.session().withChannel(Channel.WEB);
            if (onWeb.visit() != null) {
                onWeb = onWeb.withLinkTaken(); // an invitation's page: only its link leads there
            }
            var phoneAddress = callbackPhone == null ? null : ContactAddress.tel(callbackPhone);
            if (phoneAddress != null && !phoneAddress.uri().equals(current.contact())) {
                var moved = onWeb.movedTo(phoneAddress, Channel.WEB);
                switch (sessions.move(current, moved)) {
                    case BUSY -> {
                        return Answered.PHONE_BUSY;
                    }
                    case CHANGED -> {
                        continue;
                    }
                    case MOVED -> current = new ActiveSession(moved.contact().uri(), null, moved);
                }
                onWeb = moved;
            }
            Instant now = clock.instant();
            var next = engine.reply(surveys.get(onWeb.surveyId()), onWeb, reply, now);
            if (steps.apply(current, next, "web:" + step, Delivery.Greeting.NONE, now)
                    .stored()) {
                return Answered.RECORDED;
            }
            return Answered.STALE; // another answer to this step won the race
        }
        return Answered.STALE;
    }
}
