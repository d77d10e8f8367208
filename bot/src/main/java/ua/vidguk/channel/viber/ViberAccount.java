package ua.vidguk.channel.viber;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The token this installation sends with and checks Viber's signatures with: the configured one,
 * or in the sandbox one generated at start-up, so that the simulator's callbacks pass the same
 * signature check as Viber's.
 */
record ViberAccount(String authToken, boolean sandbox) {

    static ViberAccount generated() {
        byte[] token = new byte[24];
        new SecureRandom().nextBytes(token);
        return new ViberAccount(HexFormat.of().formatHex(token), true);
    }

    @Override
    public String toString() {
        return "ViberAccount[sandbox=" + sandbox + "]";
    }
}
