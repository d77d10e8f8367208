package ua.vidguk.channel.sms;

import com.twilio.security.RequestValidator;
import java.net.URI;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import ua.vidguk.VidgukProperties;

/**
 * Checks {@code X-Twilio-Signature}: HMAC-SHA1, keyed with the auth token, over the URL Twilio
 * called plus the sorted form parameters. The URL is the public one ({@code
 * vidguk.public-base-url} + path), not the one this server sees behind a proxy.
 *
 * <p>Without an auth token or a public base URL nothing can be verified, so nothing is accepted,
 * in the sandbox too: an unsigned webhook would let anyone answer surveys in any visitor's name.
 * The web simulator feeds the sandbox by its own way, not through these webhooks.
 */
@Component
class TwilioSignature {

    private final @Nullable RequestValidator validator;
    private final @Nullable URI publicBaseUrl;

    TwilioSignature(TwilioProperties twilio, VidgukProperties vidguk) {
        this.validator = twilio.hasCredentials() ? new RequestValidator(twilio.authToken()) : null;
        this.publicBaseUrl = vidguk.publicBaseUrl();
    }

    /**
     * @param query the query string of the call, if any: Twilio signs it as part of the URL
     * @param form the parameters of the call
     */
    boolean verifies(String path, @Nullable String query, Map<String, String> form, @Nullable String signature) {
        URI url = SmsChannelConfiguration.webhookUrl(publicBaseUrl, path);
        if (validator == null || url == null || signature == null || signature.isBlank()) {
            return false;
        }
        return validator.validate(query == null ? url.toString() : url + "?" + query, form, signature);
    }
}
