package ua.vidguk.channel.viber;

import com.viber.bot.ViberSignatureValidator;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Checks {@code X-Viber-Content-Signature}, the hex HMAC-SHA256 of the raw body keyed with the
 * auth token, with viber-bot's own validator. Without a token nothing can be checked, so every
 * call is refused.
 */
@Component
class ViberSignature {

    private final @Nullable ViberSignatureValidator validator;

    ViberSignature(ViberProperties properties) {
        this.validator = properties.hasCredentials() ? new ViberSignatureValidator(properties.authToken()) : null;
    }

    boolean verifies(String body, @Nullable String signature) {
        return validator != null
                && signature != null
                && !signature.isBlank()
                && validator.isSignatureValid(signature, body);
    }
}
