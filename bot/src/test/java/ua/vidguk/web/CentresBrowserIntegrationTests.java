package ua.vidguk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import ua.vidguk.StartedApplication;

/**
 * The public directory as a visitor's phone shows it (390×844, headless Chromium): the regions of
 * the demo centres, a search typed into the form and sent with the keyboard, and the link to the
 * centre's survey. Skipped where no browser is installed, as the console's browser test is.
 */
class CentresBrowserIntegrationTests {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    Path data;

    StartedApplication app;
    WebDriver browser;
    String base;

    @BeforeEach
    void start() {
        assumeThat(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER))
                .as("headless Chromium and chromedriver at /usr/bin (apt-get install chromium chromium-driver)")
                .isTrue();
        app = StartedApplication.start(
                "--vidguk.data-dir=" + data,
                "--vidguk.admin-token=browser-test-admin-token-0123",
                "--vidguk.demo.enabled=true");
        base = "http://localhost:" + app.context().getEnvironment().getProperty("local.server.port");
        Logger.getLogger("org.openqa.selenium").setLevel(Level.OFF);
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .withLogOutput(OutputStream.nullOutputStream())
                .build();
        var options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=390,844");
        browser = new ChromeDriver(service, options);
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
        File shot = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE);
        Path target = Path.of("target", name);
        Files.createDirectories(target.getParent());
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }
}
