package ua.vidguk.channel.sms;

import java.net.URI;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;
import ua.vidguk.VidgukProperties;

/**
 * The Twilio account this installation sends and checks signatures with: the configured one, or
 * in the sandbox one generated at start-up, so that the simulator's calls pass the same signature
 * check as Twilio's.
 *
 * @param from the sending number or alphanumeric sender id
 */
record TwilioAccount(String accountSid, String authToken, String from, boolean sandbox) {

    /** Where sandbox calls are signed for when no public address is set; nothing is ever sent there. */
    static final URI SANDBOX_BASE_URL = URI.create("http://localhost");

    static TwilioAccount generated() {
        var random = new SecureRandom();
        byte[] sid = new byte[16];
        byte[] token = new byte[16];
        random.nextBytes(sid);
        random.nextBytes(token);
        return new TwilioAccount(
                "AC" + HexFormat.of().formatHex(sid), HexFormat.of().formatHex(token), "VIDGUK", true);
    }

    /** The address Twilio's calls are signed for; none for a real account without a public address. */
    @Nullable
    URI signedBaseUrl(VidgukProperties vidguk) {
        return vidguk.publicBaseUrl() != null ? vidguk.publicBaseUrl() : sandbox ? SANDBOX_BASE_URL : null;
    }

    @Override
    public String toString() {
        return "TwilioAccount[accountSid=" + accountSid + ", from=" + from + ", sandbox=" + sandbox + "]";
    }
}
