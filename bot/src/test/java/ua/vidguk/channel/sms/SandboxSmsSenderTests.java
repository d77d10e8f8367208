package ua.vidguk.channel.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import ua.vidguk.channel.Channel;
import ua.vidguk.channel.OutboundMessage;
import ua.vidguk.channel.SendResult;
import ua.vidguk.scheduler.ContactAddress;
import ua.vidguk.scheduler.PhoneNumber;

class SandboxSmsSenderTests {

    final Clock clock = Clock.fixed(Instant.parse("2026-03-02T08:00:00Z"), ZoneOffset.UTC);
    final SandboxSmsSender sandbox = new SandboxSmsSender(2, clock);

    @Test
    void acceptsEveryMessageWithASandboxIdAndKeepsIt() {
        SendResult result = sandbox.send(message("m1"));

        assertThat(sandbox.channel()).isEqualTo(Channel.SMS);
        assertThat(result)
                .isInstanceOfSatisfying(
                        SendResult.Accepted.class,
                        accepted -> assertThat(accepted.providerMessageId()).startsWith("sandbox-"));
        assertThat(sandbox.recent()).singleElement().satisfies(kept -> {
            assertThat(kept.message().id()).isEqualTo("m1");
            assertThat(kept.sentAt()).isEqualTo(clock.instant());
            assertThat(kept.providerMessageId()).isEqualTo(((SendResult.Accepted) result).providerMessageId());
        });
    }

    @Test
    void keepsOnlyTheLastMessagesOldestFirst() {
        sandbox.send(message("m1"));
        sandbox.send(message("m2"));
        sandbox.send(message("m3"));

        assertThat(sandbox.recent()).extracting(kept -> kept.message().id()).containsExactly("m2", "m3");
    }

    static OutboundMessage message(String id) {
        return new OutboundMessage(
                id, ContactAddress.tel(PhoneNumber.parseMobile("+380501234567")), "Дякуємо!", List.of());
    }
}
