package ua.vidguk.channel.sms;

import com.twilio.security.RequestValidator;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import ua.vidguk.VidgukProperties;

/**
 * Checks {@code X-Twilio-Signature}: HMAC-SHA1, keyed with the auth token, over the URL Twilio
 * called plus the sorted form parameters. The URL is the public one ({@code
 * vidguk.public-base-url} + path), not the one this server sees behind a proxy.
 *
 * <p>A real account without a public base URL cannot verify anything, so nothing is accepted: an
 * unsigned webhook would let anyone answer surveys in any visitor's name. The sandbox's account is
 * generated at start-up and signs for {@link TwilioAccount#SANDBOX_BASE_URL}; only the simulator
 * knows its token.
 */
@Component
class TwilioSignature {

    private final TwilioAccount account;
    private final RequestValidator validator;
    private final @Nullable URI baseUrl;
    private final String overrides;

    TwilioSignature(TwilioAccount account, VidgukProperties vidguk, TwilioProperties twilio) {
        this.account = account;
        this.validator = new RequestValidator(account.authToken());
        this.baseUrl = account.signedBaseUrl(vidguk);
        this.overrides = twilio.connectionOverrides().strip();
    }

    /**
     * @param query the query string of the call, if any: Twilio signs it as part of the URL
     * @param form the parameters of the call
     */
    boolean verifies(String path, @Nullable String query, Map<String, String> form, @Nullable String signature) {
        URI url = TwilioEndpoints.url(baseUrl, path);
        if (url == null || signature == null || signature.isBlank()) {
            return false;
        }
        String called = query == null ? url.toString() : url + "?" + query;
        // Over the URL as called, or as configured with the connection overrides' fragment: each
        // is an HMAC with the auth token, so accepting both lets no one else in.
        return validator.validate(called, form, signature)
                || (!overrides.isEmpty() && validator.validate(called + "#" + overrides, form, signature));
    }

    /** Signs a call the way Twilio does, for the sandbox's simulated phone. */
    String sign(String path, Map<String, String> form) {
        StringBuilder data = new StringBuilder(String.valueOf(TwilioEndpoints.url(baseUrl, path)));
        new TreeMap<>(form).forEach((name, value) -> data.append(name).append(value));
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(account.authToken().getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder()
                    .encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is part of every JDK", e);
        }
    }
}
