package ua.vidguk.channel.viber;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ua.vidguk.channel.Channel;
import ua.vidguk.channel.ChannelSender;
import ua.vidguk.channel.OutboundMessage;
import ua.vidguk.channel.SendResult;
import ua.vidguk.contact.ContactAddress;

/**
 * Sends through Viber's {@code send_message}, or hands the message to an open {@link
 * WelcomeCapture} (then it is the welcome message and its id is {@code welcome:<id>}). Retries
 * happen below, in {@link ViberApi}; what reaches this class is final.
 */
final class ViberSender implements ChannelSender {

    private static final Logger log = LoggerFactory.getLogger(ViberSender.class);

    /** Viber: the user has not subscribed to the bot (or unsubscribed): not an opt-out of ours. */
    static final int RECEIVER_NOT_SUBSCRIBED = 6;
    /** Viber: the user has no device that can show the message. */
    static final int RECEIVER_NO_SUITABLE_DEVICE = 5;

    private final ViberApi api;
    private final WelcomeCapture capture;
    private final String senderName;

    ViberSender(ViberApi api, WelcomeCapture capture, String senderName) {
        this.api = api;
        this.capture = capture;
        this.senderName = senderName;
    }

    @Override
    public Channel channel() {
        return Channel.VIBER;
    }

    @Override
    public SendResult send(OutboundMessage message) {
        if (message.to().kind() != ContactAddress.Kind.VIBER) {
            return new SendResult.Refused("not-a-viber-user", "Viber can only write to Viber users", true, false);
        }
        String receiver = message.to().id();
        if (capture.offer(receiver, message, senderName)) {
            log.debug("Viber message {} to {} is the welcome message", message.id(), message.to());
            return new SendResult.Accepted("welcome:" + message.id());
        }
        ViberApi.Answer answer = api.sendMessage(ViberMessageBody.of(message, receiver, senderName));
        if (answer.ok() && answer.messageToken() != null) {
            log.debug("Sent Viber message {} to {} as {}", message.id(), message.to(), answer.messageToken());
            return new SendResult.Accepted(answer.messageToken());
        }
        SendResult.Refused refused = refusal(answer);
        log.warn(
                "Viber message {} to {} refused: {} {}",
                message.id(),
                message.to(),
                refused.code(),
                answer.statusMessage());
        return refused;
    }

    /**
     * "Not subscribed" and "no suitable device" will not change by trying again; busy and failing
     * answers arrive here only after the retries gave up, and may pass later.
     */
    static SendResult.Refused refusal(ViberApi.Answer answer) {
        return switch (answer.status()) {
            case ViberApi.NO_ANSWER, ViberApi.TOO_MANY_REQUESTS ->
                new SendResult.Refused(code(answer), answer.statusMessage(), false, false);
            case 0 ->
                new SendResult.Refused("no-message-token", "Viber accepted without a message token", false, false);
            default -> new SendResult.Refused(code(answer), answer.statusMessage(), true, false);
        };
    }

    private static String code(ViberApi.Answer answer) {
        return answer.status() == ViberApi.NO_ANSWER ? "no-answer" : Integer.toString(answer.status());
    }
}
