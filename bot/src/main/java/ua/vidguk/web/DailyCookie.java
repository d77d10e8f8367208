package ua.vidguk.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import ua.vidguk.figures.Period;
import ua.vidguk.poster.SurveyAddress;

/**
 * What a browser carries for each centre whose survey it began today (a Kyiv day): the day and the
 * survey's token, signed with HMAC-SHA256, so that it cannot be made up or moved to another day,
 * centre or survey. It holds nothing personal. A browser that drops it may answer again; the
 * hourly limits per address are the check on that.
 */
@Component
class DailyCookie {

    private static final Logger log = LoggerFactory.getLogger(DailyCookie.class);
    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();
    private static final String PREFIX = "vidguk-c-";

    private final SecretKeySpec key;
    private final Clock clock;

    DailyCookie(WebSurveyProperties properties, Clock clock) {
        this.clock = clock;
        byte[] secret;
        if (properties.cookieSecret() == null || properties.cookieSecret().isBlank()) {
            secret = new byte[32];
            new SecureRandom().nextBytes(secret);
            log.info("vidguk.web-survey.cookie-secret is not set: a random one is used until the next restart");
        } else {
            secret = properties.cookieSecret().getBytes(StandardCharsets.UTF_8);
        }
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    /** The token of the survey this browser began today about the centre, if its cookie is genuine. */
    Optional<String> today(HttpServletRequest request, String cnapCode) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        String name = name(cnapCode);
        String day = day();
        for (Cookie cookie : cookies) {
            String[] parts = cookie.getName().equals(name) ? cookie.getValue().split("\\.") : new String[0];
            if (parts.length == 3
                    && parts[0].equals(day)
                    && MessageDigest.isEqual(
                            parts[2].getBytes(StandardCharsets.US_ASCII),
                            sign(cnapCode, day, parts[1]).getBytes(StandardCharsets.US_ASCII))) {
                return Optional.of(parts[1]);
            }
        }
        return Optional.empty();
    }

    /** The cookie for a survey begun now; it lasts until the Kyiv day ends. */
    ResponseCookie issue(String cnapCode, String token, boolean secure) {
        String day = day();
        ZonedDateTime now = clock.instant().atZone(Period.ZONE);
        Duration left = Duration.between(now, now.toLocalDate().plusDays(1).atStartOfDay(Period.ZONE));
        return ResponseCookie.from(name(cnapCode), day + "." + token + "." + sign(cnapCode, day, token))
                .path(SurveyAddress.PATH)
                .maxAge(left)
                .httpOnly(true)
                .secure(secure)
                .sameSite("Lax")
                .build();
    }

    private String day() {
        return clock.instant().atZone(Period.ZONE).toLocalDate().toString().replace("-", "");
    }

    private static String name(String cnapCode) {
        return PREFIX + BASE64.encodeToString(cnapCode.getBytes(StandardCharsets.UTF_8));
    }

    private String sign(String cnapCode, String day, String token) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] signature = mac.doFinal((cnapCode + "|" + day + "|" + token).getBytes(StandardCharsets.UTF_8));
            return BASE64.encodeToString(signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
