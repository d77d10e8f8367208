package ua.vidguk.channel.sms;

import com.twilio.exception.ApiException;
import com.twilio.exception.TwilioException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.rest.api.v2010.account.MessageCreator;
import java.net.URI;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ua.vidguk.channel.Channel;
import ua.vidguk.channel.ChannelSender;
import ua.vidguk.channel.OutboundMessage;
import ua.vidguk.channel.SendResult;
import ua.vidguk.contact.ContactAddress;
import ua.vidguk.contact.PhoneNumber;

/**
 * Sends SMS through Twilio's Messages API. Retries happen below, in {@link TwilioHttpClient}; what
 * reaches this class is final, and is turned into a {@link SendResult} rather than thrown.
 */
final class TwilioSmsSender implements ChannelSender {

    private static final Logger log = LoggerFactory.getLogger(TwilioSmsSender.class);

    /** Twilio: "Attempt to send to unsubscribed recipient" (the number replied STOP to Twilio). */
    static final int RECIPIENT_UNSUBSCRIBED = 21610;
    /** No usable answer: the connection failed, or the answer was not Twilio's JSON (a proxy's page). */
    static final String NO_ANSWER = "no-answer";

    private final TwilioRestClient client;
    private final com.twilio.type.PhoneNumber from;
    private final @Nullable URI statusCallback;

    TwilioSmsSender(TwilioRestClient client, String from, @Nullable URI statusCallback) {
        this.client = client;
        this.from = new com.twilio.type.PhoneNumber(from);
        this.statusCallback = statusCallback;
    }

    /** A sender for a real account, on the production transport. */
    static TwilioSmsSender create(TwilioProperties twilio, @Nullable URI statusCallback) {
        var account = new TwilioAccount(
                Objects.requireNonNull(twilio.accountSid(), "accountSid"),
                Objects.requireNonNull(twilio.authToken(), "authToken"),
                Objects.requireNonNull(twilio.from(), "from"),
                false);
        return create(account, TwilioHttpClient.create(twilio), statusCallback);
    }

    /** A sender with a client of its own rather than {@code Twilio.init}'s global one. */
    static TwilioSmsSender create(TwilioAccount account, TwilioHttpClient transport, @Nullable URI statusCallback) {
        TwilioRestClient client = new TwilioRestClient.Builder(account.accountSid(), account.authToken())
                .accountSid(account.accountSid())
                .httpClient(transport)
                .build();
        return new TwilioSmsSender(client, account.from(), statusCallback);
    }

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public SendResult send(OutboundMessage message) {
        if (message.to().kind() != ContactAddress.Kind.TEL) {
            // A messenger address: no SMS provider could deliver it.
            return new SendResult.Refused("not-a-mobile-number", "Not a phone number", true, false);
        }
        // A tel: address holds a number already parsed as a Ukrainian mobile, in E.164; parsing it
        // again for every SMS cost 3% of a reply's CPU.
        String to = message.to().id();
        MessageCreator creator = Message.creator(new com.twilio.type.PhoneNumber(to), from, message.text());
        if (statusCallback != null) {
            creator.setStatusCallback(statusCallback);
        }
        try {
            Message sent = creator.create(client);
            log.debug("Sent SMS {} to {} as {}", message.id(), message.to(), sent.getSid());
            return new SendResult.Accepted(sent.getSid());
        } catch (TwilioException e) {
            SendResult.Refused refused = refusal(e, to);
            // Twilio's messages quote the number ("The 'To' number +380… is not valid"): log the code only.
            log.warn("SMS {} to {} refused: {}", message.id(), message.to(), refused.code());
            return refused;
        }
    }

    /**
     * A 4xx other than 429 is Twilio judging the request (bad number, opted out, no permission to
     * reach the country): sending it again will not help. 429 and 5xx arrive here only after the
     * retries gave up, and no status at all means there was no usable answer: both may pass later.
     */
    private static String masked(String e164) {
        try {
            return PhoneNumber.parseMobile(e164).masked();
        } catch (RuntimeException notMobile) {
            return "(number)";
        }
    }

    static SendResult.Refused refusal(TwilioException e, String to) {
        Integer status = e instanceof ApiException api ? api.getStatusCode() : null;
        Integer twilioCode = e instanceof ApiException api ? api.getCode() : null;
        String code = twilioCode != null ? twilioCode.toString() : status != null ? "http-" + status : NO_ANSWER;
        boolean permanent = status != null && status >= 400 && status < 500 && status != 429;
        boolean optedOut = twilioCode != null && twilioCode == RECIPIENT_UNSUBSCRIBED;
        String reason = String.valueOf(e.getMessage()).replace(to, masked(to));
        return new SendResult.Refused(code, reason, permanent, optedOut);
    }
}
