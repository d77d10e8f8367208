package ua.vidguk.web;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The two messenger settings a visit page needs to build deep links; the channels themselves read
 * the rest of {@code vidguk.viber.*} and {@code vidguk.telegram.*}.
 */
@ConfigurationProperties("vidguk")
record MessengerLinkProperties(
        @Nullable Viber viber, @Nullable Telegram telegram) {

    /** @param uri the bot's public account URI, as in {@code viber://pa?chatURI=<uri>} */
    record Viber(@Nullable String uri) {}

    /** @param botUsername the bot's username, as in {@code https://t.me/<bot>} */
    record Telegram(@Nullable String botUsername) {}

    @Nullable
    String viberLink(String token) {
        return viber == null || blank(viber.uri()) ? null : "viber://pa?chatURI=" + viber.uri() + "&context=" + token;
    }

    @Nullable
    String telegramLink(String token) {
        return telegram == null || blank(telegram.botUsername())
                ? null
                : "https://t.me/" + telegram.botUsername() + "?start=" + token;
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
