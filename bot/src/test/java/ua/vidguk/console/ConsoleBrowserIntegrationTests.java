package ua.vidguk.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.data.mongodb.core.MongoTemplate;
import ua.vidguk.Centres;
import ua.vidguk.HeadlessChromium;
import ua.vidguk.Invites;
import ua.vidguk.StartedApplication;
import ua.vidguk.channel.Channel;
import ua.vidguk.contact.ContactAddress;
import ua.vidguk.contact.PhoneNumber;
import ua.vidguk.conversation.event.NegativeFeedbackReceived;
import ua.vidguk.conversation.event.SurveyCompleted;
import ua.vidguk.scheduler.SendWindow;

/**
 * The console tried as a new user tries it, in headless Chromium: sign in with the admin token,
 * report a visit to a demo centre, get the invitation on the simulated phone from the demo
 * campaign, and answer it badly; and as a centre's head, invited by a link, who sees that centre's
 * cases and no other's; and the ratings, on the console's dashboard and the public page. Skipped where no browser is installed ({@code .ci/run} installs
 * Debian's chromium and chromium-driver when it can).
 */
class ConsoleBrowserIntegrationTests {

    static final String TOKEN = "browser-test-admin-token-0123";
    static final String PHONE = "+380671234500";
    static final String PASSWORD = "browser test password";

    @TempDir
    Path data;

    StartedApplication app;
    WebDriver browser;
    String base;

    @BeforeEach
    void start() {
        HeadlessChromium.assumeInstalled();
        LocalTime kyiv = Instant.now().atZone(SendWindow.KYIV).toLocalTime();
        assumeThat(kyiv.isBefore(LocalTime.of(23, 58)))
                .as("the demo campaign's window 00:00-23:59 stays open for the whole test")
                .isTrue();
        app = StartedApplication.start(
                "--vidguk.data-dir=" + data,
                "--vidguk.admin-token=" + TOKEN,
                "--vidguk.demo.enabled=true",
                "--vidguk.demo.delay-after-visit=PT0S",
                // The test answers after the start and reads the ratings at once: not the figures
                // the warm-up read at the start, kept up to a minute.
                "--vidguk.ratings.cache-for=0s");
        base = "http://localhost:" + app.context().getEnvironment().getProperty("local.server.port");
        browser = HeadlessChromium.open(1200, 1400);
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (app != null) {
            app.close();
        }
    }

    @Test
    void aNewUserReportsAVisitAnswersBadlyAndStaffTakeAndResolveTheAlert() throws IOException {
        browser.get(base + "/");
        assertThat(browser.getCurrentUrl()).endsWith("/sign-in");
        browser.findElement(By.id("token")).sendKeys(TOKEN);
        submit(browser.findElement(By.id("sign-in")));
        assertThat(new WebDriverWait(browser, Duration.ofSeconds(20))
                        .until(ExpectedConditions.textToBe(By.tagName("h1"), "Консоль")))
                .isTrue();
        ((JavascriptExecutor) browser).executeScript("sessionStorage.setItem('vidguk.refresh', 'off')");

        browser.get(base + "/console/visits");
        new Select(browser.findElement(By.id("cnapCode"))).selectByValue("DEMO-74");
        var phone = browser.findElement(By.id("phone"));
        phone.clear();
        phone.sendKeys(PHONE);
        submit(browser.findElement(By.id("report")));
        assertThat(shownText(By.id("notice"))).startsWith("Візит прийнято");
        assertThat(shownText(By.tagName("h1"))).endsWith(PHONE);

        List<String> invitation = awaitBotMessages(1);
        assertThat(invitation.getFirst()).contains("Оцініть візит");
        // A bad visit: rated 1, service not received, long wait, and a comment (as the SMS survey asks).
        List<String> answers = List.of("1", "2", "1", "2", "2", "3", "1", "Чекала дві години", "2");
        for (int i = 0; i < answers.size(); i++) {
            browser.findElement(By.id("reply")).sendKeys(answers.get(i));
            submit(browser.findElement(By.id("send")));
            awaitBotMessages(i + 2);
        }
        assertThat(browser.findElements(By.cssSelector(".msg.mine")))
                .extracting(WebElement::getText)
                .anyMatch(text -> text.startsWith("Чекала дві години"));
        screenshot("console-phone.png");

        browser.get(base + "/console/campaigns");
        assertThat(shownText(By.id("campaigns"))).contains("Демо", "COMPLETED: 1");

        // The centre's staff group: linked the way an admin links one, then the alert is there.
        browser.get(base + "/console/staff?cnap=DEMO-74");
        submit(shown(By.id("link")));
        submit(awaitStaff(By.cssSelector("button.key[data-label='Беру в роботу']")));
        submit(awaitStaff(By.cssSelector("button.key[data-label='Вирішено']")));
        WebElement outcome = awaitStaff(By.cssSelector("input.outcome"));
        outcome.sendKeys("Зателефонували, вибачилися, документи видано");
        submit(browser.findElement(By.cssSelector("button.send-reply")));

        String group = awaitStaffText(text -> text.contains("Результат: Зателефонували"));
        assertThat(group)
                .contains("ЦНАП", "Взято в роботу", "+380 67 *** ** 00")
                .doesNotContain(PHONE);
        screenshot("console-staff.png");
    }

    @Test
    void aCentreHeadInvitedByLinkSetsAPasswordSignsInAndSeesOnlyTheirCentresCases() throws IOException {
        var admin = app.client(TOKEN);
        Centres.register(admin, "BRW-A", "UA-74", "Чернігів");
        Centres.register(admin, "BRW-B", "UA-46", "Львів");
        app.context().publishEvent(negative("browser-case-a", "BRW-A"));
        app.context().publishEvent(negative("browser-case-b", "BRW-B"));
        String link = Invites.invite(admin, "head.a@example.ua", "Ганна Коваль", "viewer", "cnaps:BRW-A");

        browser.get(link);
        assertThat(shownText(By.tagName("p"))).contains("Ганна Коваль");
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.id("repeated")).sendKeys(PASSWORD);
        submit(browser.findElement(By.id("set-password")));
        assertThat(shownText(By.id("password-set"))).startsWith("Пароль збережено");

        browser.findElement(By.id("who")).sendKeys("head.a@example.ua");
        browser.findElement(By.id("token")).sendKeys(PASSWORD);
        submit(browser.findElement(By.id("sign-in")));
        assertThat(shownText(By.id("who-name"))).isEqualTo("Ганна Коваль");
        assertThat(browser.findElement(By.id("who-scope")).getText()).isEqualTo("ЦНАП BRW-A");
        assertThat(browser.findElements(By.cssSelector("a[href='/console/phone']")))
                .as("the sandbox is the admin's")
                .isEmpty();

        browser.get(base + "/console/cases");
        assertThat(browser.findElements(By.cssSelector("#cases tr[data-cnap]")))
                .extracting(row -> row.getAttribute("data-cnap"))
                .containsExactly("BRW-A");
        assertThat(shownText(By.id("cases"))).contains("ЦНАП BRW-A").doesNotContain("BRW-B");
        screenshot("console-cases.png");

        // A centre's head, and only a centre's head, sees its administrators' ratings.
        YearMonth month = YearMonth.now(SendWindow.KYIV);
        app.context()
                .getBean(MongoTemplate.class)
                .getCollection("figures")
                .insertOne(new org.bson.Document("_id", "am|" + month + "|BRW-A|0123456789ab")
                        .append("cnap", "BRW-A")
                        .append("key", "0123456789ab")
                        .append("administrator", "Оксана К.")
                        .append("responses", 3)
                        .append("completed", 3)
                        .append(
                                "questions",
                                new org.bson.Document(
                                        "overall",
                                        new org.bson.Document("answered", 3)
                                                .append("type", "scale")
                                                .append("values", new org.bson.Document("5", 2).append("2", 1)))));
        shown(By.cssSelector("a[href='/console/administrators']")).click();
        assertThat(shownText(By.tagName("h1"))).isEqualTo("Оцінки адміністраторів");
        assertThat(shownText(By.id("administrators"))).contains("Оксана К.");
        screenshot("console-administrators.png");

        // The centre's poster and QR code, downloaded with this session: its own centre only.
        shown(By.cssSelector("a[href='/console/posters']")).click();
        assertThat(shownText(By.tagName("h1"))).startsWith("Плакати з QR-кодом");
        assertThat(browser.findElements(By.cssSelector(".posters li[data-code]")))
                .extracting(centre -> centre.getAttribute("data-code"))
                .containsExactly("BRW-A");
        WebElement preview = shown(By.cssSelector("li[data-code='BRW-A'] img"));
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(driver ->
                        ((Number) ((ChromeDriver) driver).executeScript("return arguments[0].naturalWidth", preview))
                                        .intValue()
                                > 0);
        screenshot("console-posters.png");
    }

    @Test
    void theRatingsDashboardAndThePublicRatingsShowRankedRegionsWithTheirCharts() throws IOException {
        var admin = app.client(TOKEN);
        Centres.register(admin, "BRW-N", "UA-74", "Ніжин");
        YearMonth now = YearMonth.now(SendWindow.KYIV);
        List<String> centres = List.of("DEMO-74", "BRW-N", "DEMO-46", "DEMO-30", "DEMO-51", "DEMO-63");
        for (int back = 0; back < 6; back++) {
            // Enough answers this month (the dashboard's default) and last month (the public page's)
            // for ranks; fewer before, for the trend.
            int responses = back < 2 ? 34 : 12;
            Instant at = back == 0
                    ? Instant.now()
                    : now.minusMonths(back)
                            .atDay(15)
                            .atTime(12, 0)
                            .atZone(SendWindow.KYIV)
                            .toInstant();
            for (int c = 0; c < centres.size(); c++) {
                publishAnswers(centres.get(c), at, responses, c + back);
            }
        }

        browser.get(base + "/");
        browser.findElement(By.id("token")).sendKeys(TOKEN);
        submit(browser.findElement(By.id("sign-in")));
        assertThat(shownText(By.tagName("h1"))).isEqualTo("Консоль");
        shown(By.cssSelector("a[href='/console/ratings']")).click();
        assertThat(shownText(By.tagName("h1"))).isEqualTo("Рейтинги");
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#trend-chart canvas")));
        shown(By.cssSelector("#questions-chart canvas"));
        assertThat(browser.findElements(By.cssSelector("#ranking tr[data-id]")))
                .extracting(row -> row.getAttribute("data-id"))
                .contains("UA-74", "UA-46", "UA-30");
        // Tall enough for the charts and the table in one picture.
        browser.manage().window().setSize(new Dimension(1200, 2000));
        screenshot("console-ratings.png");
        browser.manage().window().setSize(new Dimension(1200, 1400));
        browser.findElement(By.cssSelector("#ranking tr[data-id='UA-74'] a")).click();
        assertThat(shownText(By.cssSelector("#ranking caption"))).startsWith("Міста: Чернігівська область");

        browser.get(base + "/ratings");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("uk");
        assertThat(browser.findElements(By.cssSelector("#regions tr[data-id]")))
                .extracting(row -> row.getAttribute("data-id"))
                .contains("UA-74", "UA-46");
        screenshot("public-ratings.png");
        assertThat(ua.vidguk.web.Axe.seriousViolations(browser))
                .as("axe-core on the public ratings")
                .isEmpty();

        // The printable report of a region, for last month: its weeks drawn as SVG bars.
        browser.get(base + "/console/reports?region=UA-74&period=" + now.minusMonths(1));
        assertThat(shownText(By.tagName("h1"))).startsWith("Звіт: Чернігівська область");
        assertThat(browser.findElements(By.cssSelector("#weeks-chart rect.bar")))
                .hasSizeGreaterThanOrEqualTo(4);
        assertThat(shownText(By.id("figures"))).contains("Україна");
        browser.manage().window().setSize(new Dimension(1200, 2000));
        screenshot("console-report.png");
    }

    /** Completed surveys of one centre: 100, 90, 80 or 70% satisfied as {@code spread} goes round. */
    private void publishAnswers(String cnapCode, Instant at, int responses, int spread) {
        for (int i = 0; i < responses; i++) {
            int overall = i % 10 >= spread % 4 ? 4 + i % 2 : 1 + i % 3;
            app.context()
                    .publishEvent(new SurveyCompleted(
                            "browser-rating-" + cnapCode + "-" + at + "-" + i,
                            "cnap-visit",
                            cnapCode,
                            ContactAddress.tel(PhoneNumber.parseMobile("+380671234599")),
                            Channel.SMS,
                            Map.of(
                                    "overall", String.valueOf(overall),
                                    "waiting", String.valueOf(1 + (i + spread) % 5),
                                    "friendliness", String.valueOf(Math.min(5, 3 + i % 3)),
                                    "competence", String.valueOf(Math.min(5, 2 + i % 4)),
                                    "premises", String.valueOf(2 + i % 4)),
                            overall <= 2,
                            at.minusSeconds(300),
                            at));
        }
    }

    /** Negative feedback as the conversation publishes it, for a survey no invitation opened. */
    private NegativeFeedbackReceived negative(String sessionId, String cnapCode) {
        Instant now = Instant.now();
        return new NegativeFeedbackReceived(
                sessionId,
                "cnap-visit",
                cnapCode,
                ContactAddress.tel(PhoneNumber.parseMobile("+380671234599")),
                Channel.SMS,
                null,
                Map.of("overall", "1"),
                List.of("overall"),
                false,
                null,
                false,
                now.minusSeconds(300),
                now);
    }

    /** The staff page, reloaded until an element is there. */
    private WebElement awaitStaff(By locator) {
        return await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .until(
                        () -> {
                            browser.get(base + "/console/staff?cnap=DEMO-74");
                            return browser.findElements(locator).stream()
                                    .findFirst()
                                    .orElse(null);
                        },
                        java.util.Objects::nonNull);
    }

    /** The staff group's text, reloaded until it says what is expected. */
    private String awaitStaffText(java.util.function.Predicate<String> expected) {
        return await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .until(
                        () -> {
                            browser.get(base + "/console/staff?cnap=DEMO-74");
                            return browser.findElement(By.id("group")).getText();
                        },
                        expected);
    }

    /**
     * Presses a form's button and waits until the page it led to replaced this one, i.e. until the
     * post was answered: loading another page sooner would cancel the post.
     */
    private void submit(WebElement button) {
        button.click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> {
            try {
                button.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                // Stale, or Chrome's "node does not belong to the document": the old page is gone.
                return true;
            }
        });
    }

    /** The text of an element once the page shows it (a page can still be replacing the last one). */
    private String shownText(By locator) {
        return new WebDriverWait(browser, Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class)
                .until(driver -> driver.findElements(locator).stream()
                        .map(WebElement::getText)
                        .findFirst()
                        .orElse(null));
    }

    /** An element of the page a click led to: on a busy machine the new page may still be loading. */
    private WebElement shown(By locator) {
        return new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(locator));
    }

    /** The phone page, reloaded until the bot has sent at least this many messages. */
    private List<String> awaitBotMessages(int count) {
        String url = base + "/console/phone?phone=" + PHONE.replace("+", "%2B") + "&channel=SMS";
        return await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .until(
                        () -> {
                            browser.get(url);
                            return browser.findElements(By.cssSelector(".msg.bot")).stream()
                                    .map(WebElement::getText)
                                    .toList();
                        },
                        messages -> messages.size() >= count);
    }

    private void screenshot(String name) throws IOException {
        HeadlessChromium.screenshot(browser, name);
    }
}
