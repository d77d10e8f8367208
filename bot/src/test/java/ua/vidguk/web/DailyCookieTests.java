package ua.vidguk.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseCookie;
import org.springframework.mock.web.MockHttpServletRequest;
import ua.vidguk.MutableClock;

class DailyCookieTests {

    static final String SECRET = "a-test-secret-of-at-least-32-characters";
    /** 23:30 in Kyiv (UTC+2 in December). */
    static final Instant LATE_EVENING = Instant.parse("2026-12-05T21:30:00Z");

    final MutableClock clock = new MutableClock(LATE_EVENING);
    final DailyCookie cookies = new DailyCookie(new WebSurveyProperties(SECRET), clock);

    @Test
    void aCookieIssuedTodayNamesItsSurveyForThatCentreOnlyAndLastsUntilKyivMidnight() {
        ResponseCookie issued = cookies.issue("0001", "AbCdEfGh23", true);

        assertThat(issued.getMaxAge()).isEqualTo(Duration.ofMinutes(30));
        assertThat(issued.isHttpOnly()).isTrue();
        assertThat(issued.isSecure()).isTrue();
        assertThat(issued.getSameSite()).isEqualTo("Lax");
        assertThat(cookies.today(carrying(issued.getName(), issued.getValue()), "0001"))
                .contains("AbCdEfGh23");
        assertThat(cookies.today(carrying(issued.getName(), issued.getValue()), "0002"))
                .isEmpty();
    }

    @Test
    void anAlteredOrForeignOrYesterdaysCookieIsIgnored() {
        ResponseCookie issued = cookies.issue("0001", "AbCdEfGh23", false);
        String[] parts = issued.getValue().split("\\.");

        String otherToken = parts[0] + ".XyXyXyXy23." + parts[2];
        assertThat(cookies.today(carrying(issued.getName(), otherToken), "0001"))
                .isEmpty();
        var otherSecret = new DailyCookie(new WebSurveyProperties(SECRET.replace('a', 'b')), clock);
        assertThat(otherSecret.today(carrying(issued.getName(), issued.getValue()), "0001"))
                .isEmpty();
        clock.advance(Duration.ofMinutes(31)); // past Kyiv midnight
        assertThat(cookies.today(carrying(issued.getName(), issued.getValue()), "0001"))
                .isEmpty();
    }

    private static MockHttpServletRequest carrying(String name, String value) {
        var request = new MockHttpServletRequest();
        request.setCookies(new Cookie(name, value));
        return request;
    }
}
