package ua.vidguk.channel.viber;

import com.viber.bot.ViberSignatureValidator;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Checks {@code X-Viber-Content-Signature}, the hex HMAC-SHA256 of the raw body keyed with the
 * auth token, with viber-bot's own validator. In the sandbox the token is generated at start-up and
 * only the simulator signs with it.
 */
@Component
class ViberSignature {

    private final ViberSignatureValidator validator;

    ViberSignature(ViberAccount account) {
        this.validator = new ViberSignatureValidator(account.authToken());
    }

    boolean verifies(String body, @Nullable String signature) {
        return signature != null && !signature.isBlank() && validator.isSignatureValid(signature, body);
    }
}
