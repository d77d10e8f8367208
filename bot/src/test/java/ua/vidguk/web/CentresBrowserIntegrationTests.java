package ua.vidguk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import ua.vidguk.HeadlessChromium;
import ua.vidguk.StartedApplication;

/**
 * The public directory as a visitor's phone shows it (390×844, headless Chromium): the regions of
 * the demo centres, a search typed into the form and sent with the keyboard, and the link to the
 * centre's survey. Skipped where no browser is installed, as the console's browser test is.
 */
class CentresBrowserIntegrationTests {

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
                "--vidguk.admin-token=browser-test-admin-token-0123",
                "--vidguk.demo.enabled=true");
        base = "http://localhost:" + app.context().getEnvironment().getProperty("local.server.port");
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
    void aVisitorFindsTheirCentreBySearchingAndReachesItsSurvey() throws IOException {
        browser.get(base + "/centres");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("uk");
        assertThat(browser.findElements(By.cssSelector("#regions a"))).hasSize(25);
        screenshot("centres-regions.png");
        assertThat(Axe.seriousViolations(browser)).as("axe-core on the regions").isEmpty();

        WebElement search = browser.findElement(By.id("q"));
        assertThat(browser.findElement(By.cssSelector("label[for='q']")).getText())
                .isEqualTo("Назва центру, місто або код");
        search.sendKeys("черніг", Keys.ENTER);
        WebElement status = new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("status")));
        assertThat(status.getText()).isEqualTo("Знайдено центрів: 1.");
        assertThat(browser.getCurrentUrl()).endsWith("/centres?q=" + encoded("черніг"));
        WebElement centre = browser.findElement(By.cssSelector("li[data-code='DEMO-74'] a"));
        assertThat(centre.getText()).startsWith("ЦНАП м. Чернігів (демо)");
        assertThat(centre.getAttribute("href")).isEqualTo(base + "/c/DEMO-74");
        // A tap target at least 44 CSS pixels high (WCAG 2.5.5's size, beyond AA's minimum).
        assertThat(centre.getSize().getHeight()).isGreaterThanOrEqualTo(44);
        screenshot("centres.png");
        assertThat(Axe.seriousViolations(browser))
                .as("axe-core on the search's results")
                .isEmpty();
    }

    private static String encoded(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    private void screenshot(String name) throws IOException {
        HeadlessChromium.screenshot(browser, name);
    }
}
