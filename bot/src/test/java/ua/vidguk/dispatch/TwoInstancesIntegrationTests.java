package ua.vidguk.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import ua.vidguk.StartedApplication;
import ua.vidguk.campaign.Campaign;
import ua.vidguk.conversation.Inviter;
import ua.vidguk.scheduler.DueQueue;

/**
 * Two instances on one MongoDB, each with its real Quartz tick, share the due invitations and send
 * each exactly once. The campaign has no "not again within N days" rule, so only the queue's
 * claims stand between an invitation and a second send attempt; the attempts themselves are
 * counted, per invitation and instance, behind the real {@link SendAttempt}.
 */
class TwoInstancesIntegrationTests {

    static final int VISITS = 300;

    static final Duration DUE_IN = Duration.ofSeconds(7);

    /** invitation id → the instances that made a send attempt for it, one entry per attempt */
    static final ConcurrentMap<String, List<String>> ATTEMPTS = new ConcurrentHashMap<>();

    @TempDir
    Path dataDirA;

    @TempDir
    Path dataDirB;

    @Test
    void twoInstancesSendEveryDueInvitationExactlyOnce() {
        DispatchApi.assumeNotNearMidnightInKyiv();
        ATTEMPTS.clear();
        try (var a = start("A", dataDirA, null)) {
            String sharedDatabase = a.context()
                    .getBean(MongoConnectionDetails.class)
                    .getConnectionString()
                    .getConnectionString();
            try (var b = start("B", dataDirB, sharedDatabase)) {
                var apiA = DispatchApi.of(a);
                var apiB = DispatchApi.of(b);
                apiA.centre("TWO-1");
                String campaign = apiA.campaign("TWO-1", "PT1M");
                // All 300 fall due at one instant, a few seconds on, when both instances' next
                // ticks find the same 300 entries and race for each of them.
                Instant dueAt = Instant.now().plus(DUE_IN);
                Instant visitedAt = dueAt.minus(Duration.ofMinutes(1));
                List<String> phones = IntStream.range(0, VISITS)
                        .mapToObj(i -> String.format("067%07d", 4_000_000 + i))
                        .toList();
                apiA.visits(IntStream.range(0, VISITS)
                        .mapToObj(i -> DispatchApi.visit("TWO-V-" + i, "TWO-1", phones.get(i), visitedAt))
                        .toList());

                await().atMost(Duration.ofSeconds(20))
                        .pollInterval(Duration.ofMillis(250))
                        .until(() -> settled(apiA.progress(campaign)) == VISITS);
                // Both instances' ticks go on: a late second attempt would show in a pass or two.
                await().during(Duration.ofMillis(600))
                        .atMost(Duration.ofSeconds(2))
                        .until(() -> ATTEMPTS.size() == VISITS);

                // One send attempt per invitation, across both instances: the claims were exclusive.
                assertThat(ATTEMPTS).hasSize(VISITS);
                assertThat(ATTEMPTS.values())
                        .allSatisfy(instances -> assertThat(instances).hasSize(1));
                // Nothing left queued (a losing second attempt would find the visitor busy and queue a retry).
                assertThat(apiA.dueEntries()).isZero();

                // B sees the same database as A.
                assertThat(apiB.progress(campaign)).isEqualTo(apiA.progress(campaign));
                assertThat(apiA.progress(campaign)).containsExactly(Map.entry("SENT", VISITS));

                // One message per number, none twice.
                Map<String, Long> perContact = apiA.messageContacts().stream()
                        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
                assertThat(perContact)
                        .hasSize(VISITS)
                        .containsOnlyKeys(phones.stream()
                                .map(phone -> "tel:+380" + phone.substring(1))
                                .toList());
                assertThat(perContact.values()).containsOnly(1L);

                // And the work was shared (both ticks ran against the same queue).
                Map<String, Long> perInstance = ATTEMPTS.values().stream()
                        .map(instances -> instances.get(0))
                        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
                assertThat(perInstance).containsOnlyKeys("A", "B");
            }
        }
    }

    /** Invitations no longer scheduled: sent, or anything else a pass may have made of them. */
    private static int settled(Map<String, Integer> progress) {
        return progress.entrySet().stream()
                .filter(status ->
                        !status.getKey().contains(":") && !status.getKey().equals("SCHEDULED"))
                .mapToInt(Map.Entry::getValue)
                .sum();
    }

    private static StartedApplication start(String name, Path dataDir, String mongoUri) {
        var arguments = new java.util.ArrayList<>(List.of(
                "--vidguk.data-dir=" + dataDir,
                "--vidguk.admin-token=" + DispatchApi.TOKEN,
                "--vidguk.dispatch.tick=200ms",
                "--vidguk.instance-name=" + name,
                // Two Quartz schedulers in one JVM must not share a name.
                "--spring.quartz.scheduler-name=vidguk-" + name + "-" + UUID.randomUUID()));
        if (mongoUri != null) {
            arguments.add("--spring.mongodb.uri=" + mongoUri);
        }
        return StartedApplication.start(new Class<?>[] {CountedAttempts.class}, arguments.toArray(String[]::new));
    }

    /** The real send attempt, noting which instance made it for which invitation. */
    @TestConfiguration(proxyBeanMethods = false)
    static class CountedAttempts {

        @Bean
        @Primary
        SendAttempt countedSendAttempt(
                InvitationStore invitations,
                DueQueue queue,
                NoRepeat noRepeat,
                RateSlots rates,
                Inviter inviter,
                DispatchProperties properties,
                java.time.Clock clock,
                Environment environment) {
            String instance = environment.getRequiredProperty("vidguk.instance-name");
            return new SendAttempt(invitations, queue, noRepeat, rates, inviter, properties, clock) {
                @Override
                void make(
                        Invitation invitation, Optional<Campaign> found, boolean optedOut, Instant now, Claims claims) {
                    ATTEMPTS.computeIfAbsent(
                                    invitation.id(),
                                    id -> java.util.Collections.synchronizedList(new java.util.ArrayList<>()))
                            .add(instance);
                    super.make(invitation, found, optedOut, now, claims);
                }
            };
        }
    }
}
