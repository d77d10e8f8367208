package ua.vidguk.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import ua.vidguk.channel.Button;

class TelegramUnitTests {

    @Test
    void startCommandsGiveTheirPayloadAndOtherTextIsNotACommand() {
        assertThat(TelegramUpdates.startPayload("/start AbC3dE6gH9")).contains("AbC3dE6gH9");
        assertThat(TelegramUpdates.startPayload("/start")).contains("");
        assertThat(TelegramUpdates.startPayload("/start@vidguk_bot TG-1")).contains("TG-1");
        assertThat(TelegramUpdates.startPayload("  /start   TG-1 ")).contains("TG-1");
        assertThat(TelegramUpdates.startPayload("/startle")).isEmpty();
        assertThat(TelegramUpdates.startPayload("5")).isEmpty();
        assertThat(TelegramUpdates.startPayload("start TG-1")).isEmpty();
    }

    @Test
    void aScaleSharesOneRowShortLabelsTwoAndLongOnesOneEach() {
        var scale = Keyboards.inline(List.of(
                new Button("1 — Дуже погано", "@q:1"),
                new Button("2", "@q:2"),
                new Button("3", "@q:3"),
                new Button("4", "@q:4"),
                new Button("5 — Чудово", "@q:5")));
        var yesNoSkip = Keyboards.inline(
                List.of(new Button("Так", "@q:yes"), new Button("Ні", "@q:no"), new Button("Пропустити", "@q:")));
        var choices = Keyboards.inline(
                List.of(new Button("Довге очікування", "@p:waiting"), new Button("Неввічливе ставлення", "@p:rude")));

        assertThat(scale.getKeyboard()).hasSize(1);
        assertThat(scale.getKeyboard().getFirst()).hasSize(5);
        assertThat(yesNoSkip.getKeyboard()).extracting(List::size).containsExactly(2, 1);
        assertThat(choices.getKeyboard()).extracting(List::size).containsExactly(1, 1);
        assertThat(Keyboards.inline(List.of())).isNull();
        assertThat(Keyboards.label(choices, "@p:rude")).contains("Неввічливе ставлення");
        assertThat(Keyboards.label(choices, "@p:other")).isEmpty();
    }

    @Test
    void theLimiterSpacesMessagesToOneChatButNotToDifferentChats() {
        var limiter = new SendLimiter(new TelegramProperties.Limits(30, Duration.ofSeconds(1)));
        long now = System.nanoTime();

        assertThat(limiter.reserve(1, now)).isZero();
        assertThat(limiter.reserve(2, now)).isZero();
        assertThat(limiter.reserve(1, now)).isEqualTo(1_000_000_000L);
        assertThat(limiter.reserve(1, now + 500_000_000L)).isEqualTo(1_500_000_000L);
    }

    @Test
    void theLimiterLetsABurstOfOneSecondsWorthThroughAndThenPacesIt() {
        var limiter = new SendLimiter(new TelegramProperties.Limits(30, Duration.ZERO));
        long now = System.nanoTime();

        for (int chat = 0; chat < 30; chat++) {
            assertThat(limiter.reserve(chat, now)).isZero();
        }
        assertThat(limiter.reserve(100, now)).isBetween(30_000_000L, 40_000_000L);
        assertThat(limiter.reserve(101, now)).isBetween(60_000_000L, 70_000_000L);
    }

    @Test
    void settingsNeverShowTheTokenOrTheSecret() {
        var settings = new TelegramProperties(
                "123456:very-secret-token",
                "vidguk_bot",
                TelegramProperties.Mode.WEBHOOK,
                "webhook-secret-value",
                java.net.URI.create("https://api.telegram.org"),
                new TelegramProperties.Limits(30, Duration.ofSeconds(1)),
                new TelegramProperties.Retry(3, Duration.ofMillis(500), 2, Duration.ofSeconds(10)));

        assertThat(settings.toString()).doesNotContain("very-secret-token", "webhook-secret-value");
    }
}
