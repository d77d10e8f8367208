package ua.vidguk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import ua.vidguk.Centres;
import ua.vidguk.HeadlessChromium;
import ua.vidguk.StartedApplication;
import ua.vidguk.VidgukIntegrationTest;

/**
 * The web survey as a visitor meets it on a phone (a 390×844 window) in headless Chromium: from a
 * centre's QR code to the thank-you, by taps only, with each page checked by axe-core (WCAG 2.1 A
 * and AA rules) for serious or critical violations. Skipped where no browser is installed, as the
 * console's browser test is.
 */
class WebSurveyBrowserIntegrationTests {

    @TempDir
    Path data;

    StartedApplication app;
    WebDriver browser;
    String base;

    @BeforeEach
    void start() {
        HeadlessChromium.assumeInstalled();
        app = StartedApplication.start(
                "--vidguk.data-dir=" + data,
                "--vidguk.admin-token=" + VidgukIntegrationTest.ADMIN_TOKEN,
                "--vidguk.telegram.bot-username=vidguk_test_bot");
        String port = app.context().getEnvironment().getProperty("local.server.port");
        base = "http://localhost:" + port;
        Centres.register(Integer.parseInt(port), "WB-1", "UA-74", "Ніжин");
        browser = HeadlessChromium.open(390, 844);
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
    void aVisitorAnswersACentresSurveyOnAPhoneByTapsAndEveryPagePassesAxe() throws IOException {
        browser.get(base + "/c/WB-1");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Відгук про ЦНАП WB-1");
        assertThat(browser.findElement(By.cssSelector("a.telegram")).getAttribute("href"))
                .isEqualTo("https://t.me/vidguk_test_bot?start=WB-1");
        assertAccessible("intro");
        submit(browser.findElement(By.cssSelector("main form button")));

        assertThat(browser.findElement(By.tagName("legend")).getText()).contains("Як ви загалом оцінюєте");
        assertAccessible("question");
        tap("answer", "4");
        screenshot("web-survey.png");
        submit(browser.findElement(By.cssSelector("main form button[type=submit]")));
        for (String answer : List.of("yes", "5", "5", "4", "5")) {
            tap("answer", answer);
            submit(browser.findElement(By.cssSelector("main form button[type=submit]")));
        }
        browser.findElement(By.id("answer-text")).sendKeys("Усе швидко, дякую");
        assertAccessible("comment");
        submit(browser.findElement(By.cssSelector("main form button[type=submit]")));

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Дякуємо!");
        assertThat(browser.findElement(By.cssSelector("p.thanks")).getText()).contains("Дякуємо за ваш відгук!");
        assertAccessible("thank-you");
        screenshot("web-survey-thanks.png");
    }

    /** Taps the label of a choice, as a thumb does: the whole row is the target. */
    private void tap(String name, String value) {
        var input = browser.findElement(By.cssSelector("input[name='" + name + "'][value='" + value + "']"));
        input.findElement(By.xpath("./ancestor::label")).click();
        assertThat(input.isSelected()).isTrue();
    }

    private void assertAccessible(String page) {
        assertThat(Axe.seriousViolations(browser))
                .as("axe-core on the %s page", page)
                .isEmpty();
    }

    /** Presses a form's button and waits until the page it led to replaced this one. */
    private void submit(WebElement button) {
        button.click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> {
            try {
                button.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                return true;
            }
        });
    }

    private void screenshot(String name) throws IOException {
        HeadlessChromium.screenshot(browser, name);
    }
}
