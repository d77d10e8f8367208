package ua.vidguk.conversation;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import ua.vidguk.VidgukProperties;
import ua.vidguk.channel.Channel;
import ua.vidguk.channel.OutboundMessage;
import ua.vidguk.channel.SendResult;
import ua.vidguk.channel.SmsSegments;
import ua.vidguk.contact.ContactAddress;
import ua.vidguk.conversation.ConversationConfiguration.Senders;
import ua.vidguk.conversation.engine.Prompt;
import ua.vidguk.conversation.engine.PromptRenderer;
import ua.vidguk.conversation.engine.RenderedMessage;
import ua.vidguk.conversation.engine.Session;
import ua.vidguk.conversation.event.OptedOut;
import ua.vidguk.message.MessageName;
import ua.vidguk.message.Messages;

/** Words prompts for their channel, sends them in order, and logs what the provider said. */
@Component
class Delivery {

    private static final Logger log = LoggerFactory.getLogger(Delivery.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final PromptRenderer renderer;
    private final Messages messages;
    private final Senders senders;
    private final MessageLog messageLog;
    private final ApplicationEventPublisher events;
    private final VidgukProperties vidguk;

    Delivery(
            PromptRenderer renderer,
            Messages messages,
            Senders senders,
            MessageLog messageLog,
            ApplicationEventPublisher events,
            VidgukProperties vidguk) {
        this.renderer = renderer;
        this.messages = messages;
        this.senders = senders;
        this.messageLog = messageLog;
        this.events = events;
        this.vidguk = vidguk;
    }

    /** How a conversation's messages went. */
    enum Sent {
        /** The provider took every message. */
        ALL,
        /** The provider refused one; the rest were not sent. */
        REFUSED,
        /** The gate held one back; neither it nor the rest were sent. */
        WITHHELD
    }

    /** How the first question of a step is introduced. */
    enum Greeting {
        NONE,
        /** The visit's greeting, with the link to the visit page. */
        INVITATION,
        /** The once-only reminder of a survey nobody answered yet. */
        REMINDER
    }

    /**
     * One conversation's prompts, in order; after a refusal the rest are not sent, as they would
     * make no sense alone. A greeting wraps the first question.
     *
     * @return whether the provider took every message
     */
    boolean send(Conversation to, List<Prompt> prompts, Greeting greeting, Instant at) {
        return send(to, prompts, greeting, RateGate.OPEN, at) == Sent.ALL;
    }

    /** @param gate waited on right before each message goes to the provider, so that a rate holds where it counts */
    Sent send(Conversation to, List<Prompt> prompts, Greeting greeting, RateGate gate, Instant at) {
        return send(to, render(to, prompts, greeting), gate, at);
    }

    /** Messages already worded by {@link #render}, in order; after a refusal the rest are not sent. */
    Sent send(Conversation to, List<RenderedMessage> messages, RateGate gate, Instant at) {
        for (RenderedMessage message : messages) {
            if (!gate.acquire(to.channel())) {
                return Sent.WITHHELD;
            }
            if (!send(to, message, at)) {
                return Sent.REFUSED;
            }
        }
        return Sent.ALL;
    }

    /** The prompts in the words of the conversation's channel, a greeting wrapping the first question. */
    List<RenderedMessage> render(Conversation to, List<Prompt> prompts, Greeting greeting) {
        if (to.channel() == Channel.WEB) {
            // A web survey's next question is the page the browser asks for next: nothing to send,
            // and this is what keeps an invitation continued in the browser from costing more SMS.
            return List.of();
        }
        List<RenderedMessage> messages = new ArrayList<>(prompts.size());
        for (Prompt prompt : prompts) {
            messages.add(render(to, prompt, greeting));
            greeting = Greeting.NONE;
        }
        return messages;
    }

    /**
     * The paid SMS parts these messages cost: 0 off SMS. Counted before they go, so that the count
     * rides on the state stored ahead of sending; a message the provider then refuses is counted
     * all the same.
     */
    static int smsSegments(Conversation to, List<RenderedMessage> messages) {
        if (to.channel() != Channel.SMS) {
            return 0;
        }
        return messages.stream()
                .mapToInt(message -> SmsSegments.count(message.text()))
                .sum();
    }

    /** A greeting wraps the first question only. */
    private RenderedMessage render(Conversation to, Prompt prompt, Greeting greeting) {
        return greeting != Greeting.NONE && prompt instanceof Prompt.Ask ask
                ? greeted(to, ask, greeting == Greeting.INVITATION ? MessageName.INVITATION : MessageName.REMINDER)
                : renderer.render(prompt, to.channel(), to.locale());
    }

    private RenderedMessage greeted(Conversation to, Prompt.Ask first, MessageName greeting) {
        RenderedMessage question = renderer.render(first, to.channel(), to.locale());
        Map<String, Object> values = new HashMap<>(Map.of("centreName", to.cnapName(), "question", question.text()));
        if (vidguk.publicBaseUrl() != null && to.sessionId() != null) {
            values.put("link", VisitLinks.of(vidguk.publicBaseUrl(), to.sessionId()));
        }
        String text = messages.render(greeting, to.channel().name().toLowerCase(Locale.ROOT), to.locale(), values);
        return new RenderedMessage(text, question.buttons());
    }

    private boolean send(Conversation to, RenderedMessage rendered, Instant at) {
        var message = new OutboundMessage(newId(), to.contact(), rendered.text(), rendered.buttons());
        SendResult result = senders.of(to.channel()).send(message);
        messageLog.sent(to.channel(), message, to.sessionId(), result, at);
        if (result instanceof SendResult.Refused refused) {
            log.warn(
                    "Message {} to {} via {} refused: {} {}",
                    message.id(),
                    to.contact(),
                    to.channel(),
                    refused.code(),
                    refused.permanent() ? "(permanent)" : "(after retries)");
            if (refused.recipientOptedOut()) {
                events.publishEvent(new OptedOut(to.contact(), to.channel(), to.sessionId(), at));
            }
            return false;
        }
        return true;
    }

    private static String newId() {
        byte[] random = new byte[12];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    /** Who a message goes to, and in which words: from a session, or for a contact without one. */
    record Conversation(
            ContactAddress contact,
            Channel channel,
            String locale,
            String cnapName,
            @Nullable String sessionId) {

        static Conversation of(Session session) {
            return new Conversation(
                    session.contact(), session.channel(), session.locale(), session.cnapName(), session.id());
        }
    }
}
