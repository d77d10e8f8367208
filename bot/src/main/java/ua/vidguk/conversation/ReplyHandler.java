package ua.vidguk.conversation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import ua.vidguk.channel.Channel;
import ua.vidguk.channel.MessageReceived;
import ua.vidguk.contact.OptOuts;
import ua.vidguk.conversation.SessionStore.ActiveSession;
import ua.vidguk.conversation.engine.ConversationEngine;
import ua.vidguk.conversation.engine.Keyword;
import ua.vidguk.conversation.engine.Prompt;
import ua.vidguk.conversation.engine.Session;
import ua.vidguk.conversation.event.OptedIn;
import ua.vidguk.conversation.event.OptedOut;
import ua.vidguk.survey.Surveys;

/**
 * Takes a visitor's message to their conversation. Runs on the webhook's thread, so that a failure
 * answers the provider with an error and the provider delivers the message again.
 */
@Component
class ReplyHandler {

    private static final int ATTEMPTS = 3;

    private final ConversationEngine engine;
    private final Surveys surveys;
    private final SessionStore sessions;
    private final StepApplier steps;
    private final Delivery delivery;
    private final DailyNotice dailyNotice;
    private final OptOuts optOuts;
    private final ApplicationEventPublisher events;
    private final ConversationProperties properties;
    private final Clock clock;

    ReplyHandler(
            ConversationEngine engine,
            Surveys surveys,
            SessionStore sessions,
            StepApplier steps,
            Delivery delivery,
            DailyNotice dailyNotice,
            OptOuts optOuts,
            ApplicationEventPublisher events,
            ConversationProperties properties,
            Clock clock) {
        this.engine = engine;
        this.surveys = surveys;
        this.sessions = sessions;
        this.steps = steps;
        this.delivery = delivery;
        this.dailyNotice = dailyNotice;
        this.optOuts = optOuts;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener
    void on(MessageReceived message) {
        Instant now = clock.instant();
        String messageId = message.channel() + ":" + message.providerMessageId();
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            // The first try may use what this instance last saw; a stale one fails its guarded
            // change, and the next try reads the stored one.
            Optional<ActiveSession> active =
                    attempt == 0 ? sessions.recent(message.from()) : sessions.find(message.from());
            if (active.isEmpty()) {
                withoutConversation(message, now);
                return;
            }
            ActiveSession current = active.get();
            if (messageId.equals(current.lastMessage())) {
                return; // applied before the failure that made the provider deliver it again
            }
            var survey = surveys.get(current.session().surveyId());
            if (steps.apply(
                            current,
                            engine.reply(survey, onChannelOf(current.session(), message), message.text(), now),
                            messageId,
                            Delivery.Greeting.NONE,
                            now)
                    .stored()) {
                return;
            }
        }
        throw new IllegalStateException(
                "The conversation kept changing while a reply was applied; the provider will retry");
    }

    /**
     * An invitation continued in the browser is held at the same phone number on the web: a visitor
     * who then texts an answer after all gets the next question by SMS again, not silence.
     */
    private static Session onChannelOf(Session session, MessageReceived message) {
        return session.channel() == Channel.WEB ? session.withChannel(message.channel()) : session;
    }

    private void withoutConversation(MessageReceived message, Instant now) {
        var to = new Delivery.Conversation(message.from(), message.channel(), properties.locale(), "", null);
        switch (Keyword.classify(message.text())) {
            case OPT_OUT -> {
                events.publishEvent(new OptedOut(message.from(), message.channel(), null, now));
                delivery.send(to, List.of(new Prompt.OptOutConfirmed()), Delivery.Greeting.NONE, now);
            }
            case OPT_IN -> {
                events.publishEvent(new OptedIn(message.from(), message.channel(), null, now));
                delivery.send(to, List.of(new Prompt.OptInConfirmed()), Delivery.Greeting.NONE, now);
            }
            case NONE -> {
                // Someone who opted out hears nothing more from us, not even this.
                if (!optOuts.isOptedOut(message.from()) && dailyNotice.claim(message.from(), now)) {
                    delivery.send(to, List.of(new Prompt.NoOpenSurvey()), Delivery.Greeting.NONE, now);
                }
            }
        }
    }
}
