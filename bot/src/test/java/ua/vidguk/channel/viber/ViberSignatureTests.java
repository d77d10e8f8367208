package ua.vidguk.channel.viber;

import static org.assertj.core.api.Assertions.assertThat;

import com.viber.bot.ViberSignatureValidator;
import org.junit.jupiter.api.Test;

/**
 * The signature check accepts what Viber signs and nothing else. It is no longer viber-bot's
 * validator (which compares with {@code String.equals}, not in constant time), so that validator
 * serves here as the oracle of what a valid signature is.
 */
class ViberSignatureTests {

    static final String TOKEN = "4453b6ac1234-viber-auth-token";
    static final String BODY = "{\"event\":\"message\",\"message_token\":4912661846655238145}";

    final ViberSignature signature = new ViberSignature(new ViberAccount(TOKEN, false));

    @Test
    void whatViberSignsWithTheTokenIsAccepted() {
        String signed = signature.sign(BODY);

        assertThat(new ViberSignatureValidator(TOKEN).isSignatureValid(signed, BODY))
                .isTrue();
        assertThat(signature.verifies(BODY, signed)).isTrue();
    }

    @Test
    void aSignatureOffByOneCharacterAnotherBodyOrAnotherKeyIsRefused() {
        String signed = signature.sign(BODY);
        String offByOne = signed.substring(0, signed.length() - 1) + (signed.endsWith("0") ? "1" : "0");

        assertThat(signature.verifies(BODY, offByOne)).isFalse();
        assertThat(signature.verifies(BODY + " ", signed)).isFalse();
        assertThat(signature.verifies(BODY, new ViberSignature(new ViberAccount("another-token", false)).sign(BODY)))
                .isFalse();
        assertThat(signature.verifies(BODY, signed.substring(0, 32))).isFalse();
    }

    @Test
    void aMissingOrBlankSignatureIsRefused() {
        assertThat(signature.verifies(BODY, null)).isFalse();
        assertThat(signature.verifies(BODY, " ")).isFalse();
    }
}
