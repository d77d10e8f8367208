package ua.vidguk.channel.sms;

import java.net.URI;
import org.jspecify.annotations.Nullable;

/**
 * Where Twilio calls us, and how it proves it is Twilio: the webhook paths, the signature header,
 * and each webhook's public URL, which is what Twilio signs. The controller, the signature check,
 * the sender's status callback and the sandbox's simulated calls all take them from here.
 */
final class TwilioEndpoints {

    static final String SMS_PATH = "/webhooks/twilio/sms";
    static final String STATUS_PATH = "/webhooks/twilio/status";
    static final String SIGNATURE = "X-Twilio-Signature";

    private TwilioEndpoints() {}

    /**
     * The public address of one of our webhooks with Twilio's connection overrides: what Twilio is
     * told to call. The fragment never reaches us; whether Twilio's signature covers it is not
     * documented, so {@link TwilioSignature} accepts a signature over either form.
     */
    static @Nullable URI urlWithOverrides(@Nullable URI publicBaseUrl, String path, String overrides) {
        URI url = url(publicBaseUrl, path);
        return url == null || overrides.isBlank() ? url : URI.create(url + "#" + overrides.strip());
    }

    /** The public address of one of our webhooks, as Twilio calls it and signs it. */
    static @Nullable URI url(@Nullable URI publicBaseUrl, String path) {
        if (publicBaseUrl == null) {
            return null;
        }
        return URI.create(publicBaseUrl.toString().replaceAll("/+$", "") + path);
    }
}
