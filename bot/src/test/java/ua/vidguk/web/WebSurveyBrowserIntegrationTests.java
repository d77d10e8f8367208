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
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import ua.vidguk.Centres;
import ua.vidguk.StartedApplication;
import ua.vidguk.VidgukIntegrationTest;

/**
 * The web survey as a visitor meets it on a phone (a 390×844 window) in headless Chromium: from a
 * centre's QR code to the thank-you, by taps only, with each page checked by axe-core (WCAG 2.1 A
 * and AA rules) for serious or critical violations. Skipped where no browser is installed, as the
 * console's browser test is.
 */
class WebSurveyBrowserIntegrationTests {

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
                "--vidguk.admin-token=" + VidgukIntegrationTest.ADMIN_TOKEN,
                "--vidguk.telegram.bot-username=vidguk_test_bot");
        String port = app.context().getEnvironment().getProperty("local.server.port");
        base = "http://localhost:" + port;
        Centres.register(Integer.parseInt(port), "WB-1", "UA-74", "Ніжин");
        Logger.getLogger("org.openqa.selenium").setLevel(Level.OFF);
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .withLogOutput(OutputStream.nullOutputStream())
                .build();
        var options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage");
        browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(390, 844));
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
        File shot = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE);
        Path target = Path.of("target", name);
        Files.createDirectories(target.getParent());
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }
}
