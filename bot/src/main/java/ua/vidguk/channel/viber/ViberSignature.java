package ua.vidguk.channel.viber;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Checks {@code X-Viber-Content-Signature}, the hex HMAC-SHA256 of the raw body keyed with the
 * auth token. Compared in constant time: viber-bot's own validator compares with {@code
 * String.equals}, whose early exit tells a patient forger how many leading characters were right.
 * In the sandbox the token is generated at start-up and only the simulator signs with it.
 */
@Component
class ViberSignature {

    private static final String HMAC = "HmacSHA256";

    private final SecretKeySpec key;

    ViberSignature(ViberAccount account) {
        this.key = new SecretKeySpec(account.authToken().getBytes(StandardCharsets.UTF_8), HMAC);
    }

    boolean verifies(String body, @Nullable String signature) {
        if (signature == null || signature.isBlank()) {
            return false;
        }
        byte[] expected = sign(body).getBytes(StandardCharsets.US_ASCII);
        byte[] presented = signature.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, presented);
    }

    /** The signature Viber puts on a body: what the sandbox's simulator signs its callbacks with. */
    String sign(String body) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }
}
