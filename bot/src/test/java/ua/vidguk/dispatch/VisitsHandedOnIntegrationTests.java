package ua.vidguk.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.MediaType;
import ua.vidguk.StartedApplication;

/**
 * A reported visit reaches the campaigns although the scheduling failed or the instance stopped
 * right after the visit was stored: the client's retry, answered DUPLICATE, still schedules it,
 * and the next start hands on what a stop left. A campaign's change is heard the same way.
 */
class VisitsHandedOnIntegrationTests {

    @TempDir
    Path dataDir;

    @AfterEach
    void noMoreFailures() {
        FailingScheduling.FAILURES_LEFT.set(0);
    }

    @Test
    void aRetryOfAReportWhoseSchedulingFailedIsADuplicateAndTheVisitIsInvited() {
        try (var app = start()) {
            var api = DispatchApi.of(app);
            api.centre("HO-1");
            String campaign = api.campaign("HO-1", "PT1H");
            var report = List.of(DispatchApi.visit("HO-V1", "HO-1", "0675551001", Instant.now()));
            FailingScheduling.FAILURES_LEFT.set(1);

            post(api, report).expectStatus().is5xxServerError();
            assertThat(api.mongo().findById(Invitation.id(campaign, "HO-V1"), Invitation.class))
                    .isNull();

            post(api, report)
                    .expectStatus()
                    .isOk()
                    .expectBody()
                    .jsonPath("$.duplicates")
                    .isEqualTo(1);
            assertThat(api.mongo().findById(Invitation.id(campaign, "HO-V1"), Invitation.class))
                    .isNotNull()
                    .satisfies(invitation -> assertThat(invitation.status()).isEqualTo(Invitation.Status.SCHEDULED));
        }
    }

    @Test
    void aVisitStoredJustBeforeAStopIsInvitedAfterTheNextStart() {
        String campaign;
        try (var first = start()) {
            var api = DispatchApi.of(first);
            api.centre("HO-2");
            campaign = api.campaign("HO-2", "PT1H");
            FailingScheduling.FAILURES_LEFT.set(1_000); // this instance never hands it on
            post(api, List.of(DispatchApi.visit("HO-V2", "HO-2", "0675551002", Instant.now())))
                    .expectStatus()
                    .is5xxServerError();
        }
        FailingScheduling.FAILURES_LEFT.set(0);

        try (var second = start()) {
            var api = DispatchApi.of(second);
            assertThat(api.mongo().findById(Invitation.id(campaign, "HO-V2"), Invitation.class))
                    .isNotNull()
                    .satisfies(invitation -> assertThat(invitation.status()).isEqualTo(Invitation.Status.SCHEDULED));
        }
    }

    @Test
    void aResumedCampaignWhoseReschedulingFailedHasItsInvitationsWaitingAgainAfterTheNextStart() {
        String campaign;
        try (var first = start()) {
            var api = DispatchApi.of(first);
            api.centre("HO-3");
            campaign = api.campaign("HO-3", "PT1H");
            api.visits(List.of(DispatchApi.visit("HO-V3", "HO-3", "0675551003", Instant.now())));
            api.change(campaign, "pause");
            FailingScheduling.FAILURES_LEFT.set(1_000);

            api.api()
                    .post()
                    .uri("/api/v1/campaigns/" + campaign + "/resume")
                    .exchange()
                    .expectStatus()
                    .is5xxServerError();
            assertThat(status(api, campaign, "HO-V3")).isEqualTo(Invitation.Status.PAUSED);
        }
        FailingScheduling.FAILURES_LEFT.set(0);

        try (var second = start()) {
            assertThat(status(DispatchApi.of(second), campaign, "HO-V3")).isEqualTo(Invitation.Status.SCHEDULED);
        }
    }

    private static Invitation.Status status(DispatchApi api, String campaign, String visit) {
        return api.mongo()
                .findById(Invitation.id(campaign, visit), Invitation.class)
                .status();
    }

    private static org.springframework.test.web.servlet.client.RestTestClient.ResponseSpec post(
            DispatchApi api, List<Map<String, String>> visits) {
        return api.api()
                .post()
                .uri("/api/v1/visits")
                .contentType(MediaType.APPLICATION_JSON)
                .body(visits)
                .exchange();
    }

    private StartedApplication start() {
        return StartedApplication.start(
                new Class<?>[] {FailingScheduling.class},
                "--vidguk.data-dir=" + dataDir,
                "--vidguk.admin-token=" + DispatchApi.TOKEN,
                "--vidguk.dispatch.enabled=false",
                "--spring.quartz.scheduler-name=vidguk-handed-on-" + UUID.randomUUID());
    }
}
