package ua.vidguk.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ua.vidguk.StartedApplication;

/**
 * Quartz keeps nothing MongoDB does not: an invitation scheduled before a stop is sent after the
 * start that follows, by the new instance, once.
 */
class RestartKeepsSchedulesIntegrationTests {

    static final String PHONE = "0675550001";

    @TempDir
    Path dataDir;

    @Test
    void anInvitationScheduledBeforeAStopIsSentOnceAfterTheRestart() {
        DispatchApi.assumeNotNearMidnightInKyiv();
        String campaign;
        String invitation;
        try (var first = start()) {
            var api = DispatchApi.of(first);
            api.centre("RST-D");
            campaign = api.campaign("RST-D", "PT3S");
            Instant visitedAt = Instant.now();
            api.visits(List.of(DispatchApi.visit("RST-V-1", "RST-D", PHONE, visitedAt)));
            invitation = Invitation.id(campaign, "RST-V-1");

            assertThat(api.progress(campaign)).containsEntry("SCHEDULED", 1);
            assertThat(api.dueEntries()).isOne();
            assertThat(api.invitationsTo("+380" + PHONE.substring(1))).isZero();
            // Stopped well before the invitation falls due (the first instance's Quartz never saw it due).
            assertThat(Duration.between(visitedAt, Instant.now())).isLessThan(Duration.ofSeconds(2));
        }

        Instant restartedAt = Instant.now();
        try (var second = start()) {
            var api = DispatchApi.of(second);
            await().atMost(Duration.ofSeconds(15))
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> api.progress(campaign).getOrDefault("SENT", 0) == 1);
            // A few more ticks: nothing goes twice.
            await().during(Duration.ofMillis(800))
                    .atMost(Duration.ofSeconds(2))
                    .until(() -> api.invitationsTo("+380" + PHONE.substring(1)) == 1);

            assertThat(api.messageContacts()).containsExactly("tel:+380" + PHONE.substring(1));
            assertThat(api.dueEntries()).isZero();
            // Sent by the second instance, after the restart: the schedule came back from the data directory.
            Invitation sent = api.mongo().findById(invitation, Invitation.class);
            assertThat(sent).isNotNull();
            assertThat(sent.status()).isEqualTo(Invitation.Status.SENT);
            assertThat(sent.updatedAt()).isAfter(restartedAt);
        }
    }

    private StartedApplication start() {
        return StartedApplication.start(
                "--vidguk.data-dir=" + dataDir,
                "--vidguk.admin-token=" + DispatchApi.TOKEN,
                "--vidguk.dispatch.tick=200ms",
                "--spring.quartz.scheduler-name=vidguk-restart-" + UUID.randomUUID());
    }
}
