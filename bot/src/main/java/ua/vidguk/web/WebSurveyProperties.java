package ua.vidguk.web;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The web survey's settings (docs/web-survey.md).
 *
 * @param cookieSecret signs the cookie that lets one browser answer a centre's survey once a Kyiv
 *     day: at least 32 characters, the same on every instance. Unset, a random one is made at
 *     start-up, so that a restart forgets who answered today (they may answer once more)
 */
@ConfigurationProperties("vidguk.web-survey")
record WebSurveyProperties(@Nullable String cookieSecret) {

    WebSurveyProperties {
        if (cookieSecret != null && !cookieSecret.isBlank() && cookieSecret.length() < 32) {
            throw new IllegalArgumentException("vidguk.web-survey.cookie-secret needs at least 32 characters");
        }
    }
}
