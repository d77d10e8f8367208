package ua.vidguk.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ua.vidguk.channel.Channel;
import ua.vidguk.contact.ContactAddress;
import ua.vidguk.contact.PhoneNumber;
import ua.vidguk.conversation.event.SurveyCompleted;
import ua.vidguk.figures.Rating;
import ua.vidguk.figures.Ratings;
import ua.vidguk.stafflink.Scope;
import ua.vidguk.stafflink.StaffTelegramFake;

/**
 * Each region's chat gets its centres ranked over the past week and the ministry's chat the
 * regions, once a week, once per chat. Every test reports on a week of its own (December 2026 and
 * later), which no other staff-chat test answers in, so the rankings hold only its centres.
 */
class WeeklyDigestIntegrationTests extends StaffChatTest {

    /** Monday 10:00 in Kyiv: the digest of 7–13 December is due. */
    static final Instant DECEMBER_14 = Instant.parse("2026-12-14T08:00:00Z");

    static final String DIGEST = "📈 Рейтинг за тиждень";

    @Autowired
    WeeklyDigests digests;

    @Autowired
    DigestTexts texts;

    int sessions;

    @Test
    void theRegionChatGetsItsCentresRankedWithTheirChangeAndTheMinistryTheRegions() {
        centre("WD-1", "ЦНАП м. Умань", "UA-71");
        centre("WD-2", "ЦНАП м. Сміла", "UA-71");
        centre("WD-3", "ЦНАП м. Канів", "UA-71");
        centre("WD-4", "ЦНАП м. Золотоноша", "UA-71");
        centre("WD-5", "ЦНАП м. Звенигородка", "UA-71");
        centre("WD-6", "ЦНАП м. Дубно", "UA-56");
        long regionChat = -100_901;
        long ministryChat = -100_902;
        long otherRegionChat = -100_903;
        link(regionChat, "regions/UA-71");
        link(ministryChat, "");
        link(otherRegionChat, "regions/UA-40"); // no answers there that week: no digest
        Instant weekBefore = Instant.parse("2026-12-02T09:00:00Z");
        Instant week = Instant.parse("2026-12-09T09:00:00Z");
        answers("WD-1", weekBefore, 27, 3); // 90%: 2nd
        answers("WD-2", weekBefore, 30, 0); // 100%: 1st
        answers("WD-3", weekBefore, 24, 6); // 80%: 3rd
        answers("WD-4", weekBefore, 5, 0); // too few to rank
        answers("WD-6", weekBefore, 30, 0);
        answers("WD-1", week, 30, 0); // 100%: 1st, up one
        answers("WD-2", week, 27, 3); // 90%: 2nd, down one
        answers("WD-3", week, 24, 6); // 80%: 3rd, the same
        answers("WD-4", week, 21, 9); // 70%: 4th, unranked the week before
        answers("WD-5", week, 4, 1); // too few to rank
        answers("WD-6", week, 24, 6);
        answers("WD-6", Instant.parse("2026-12-14T07:00:00Z"), 1, 0); // this week's: not in the digest
        clock.set(DECEMBER_14);

        schedule.run();

        await().until(() ->
                digests(regionChat).size() == 1 && digests(ministryChat).size() == 1);
        assertThat(digests(regionChat).getFirst())
                .startsWith(DIGEST + " 07.12–13.12.2026: Черкаська область (UA-71)\n")
                .contains("""
                        1. ЦНАП м. Умань — 100%, відповідей: 30 (↑1)
                        2. ЦНАП м. Сміла — 90%, відповідей: 30 (↓1)
                        3. ЦНАП м. Канів — 80%, відповідей: 30 (=)
                        4. ЦНАП м. Золотоноша — 70%, відповідей: 30 (минулого тижня без місця)
                        Без місця, менше 30 відповідей: ЦНАП м. Звенигородка (5)""")
                .doesNotContain("Дубно");
        // The region: 125 answers, 106 of them 4–5 (85%), 90% the week before; the other: 100%, then 80%.
        assertThat(digests(ministryChat).getFirst())
                .startsWith(DIGEST + " 07.12–13.12.2026: уся країна\n")
                .contains("""
                        1. Черкаська область — 85%, відповідей: 125 (↑1)
                        2. Рівненська область — 80%, відповідей: 30 (↓1)""");
        assertThat(digests(otherRegionChat)).isEmpty();

        schedule.run(); // the same week again, later in the day: nothing more
        clock.advance(Duration.ofHours(5));
        schedule.run();
        await().during(Duration.ofMillis(300)).until(() -> digests(regionChat).size() == 1);
        assertThat(digests(ministryChat)).hasSize(1);
    }

    @Test
    void instancesSendingTheDigestAtOnceSendEachChatOneCopy() throws Exception {
        centre("WD-7", "ЦНАП м. Генічеськ", "UA-65");
        long regionChat = -100_911;
        link(regionChat, "regions/UA-65");
        answers("WD-7", Instant.parse("2026-12-16T09:00:00Z"), 3, 0);
        clock.set(Instant.parse("2026-12-21T08:00:00Z"));

        var executor = Executors.newFixedThreadPool(4);
        List<Callable<Boolean>> instances = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            instances.add(digests::sendIfDue);
        }
        executor.invokeAll(instances);
        executor.shutdown();
        schedule.run(); // a chat whose claim another instance held is finished now

        await().until(() -> digests(regionChat).size() == 1);
        assertThat(digests(regionChat).getFirst()).contains("Без місця, менше 30 відповідей: ЦНАП м. Генічеськ (3)");
        await().during(Duration.ofMillis(300)).until(() -> digests(regionChat).size() == 1);
    }

    @Test
    void anInstanceStoppedWhileWorkingOnAChatLeavesItToTheNextSweepOnceItsLeaseRunsOut() {
        centre("WD-8", "ЦНАП м. Скадовськ", "UA-65");
        long regionChat = -100_921;
        link(regionChat, "regions/UA-65");
        answers("WD-8", Instant.parse("2026-12-23T09:00:00Z"), 2, 0);
        clock.set(Instant.parse("2026-12-28T08:00:00Z"));
        // What a stopped instance leaves: the chat's claim taken, its messages never queued.
        claims.take(
                "weekly:2026-12-21:region:UA-65",
                regionChat,
                "region:UA-65",
                () -> List.of(DIGEST + " (rendered by the stopped instance)"),
                clock.instant());

        schedule.run();
        await().during(Duration.ofMillis(300)).until(() -> digests(regionChat).isEmpty());

        clock.advance(DigestClaims.LEASE.plusSeconds(1));
        schedule.run();
        await().until(() -> digests(regionChat).size() == 1);
        assertThat(digests(regionChat).getFirst()).isEqualTo(DIGEST + " (rendered by the stopped instance)");
        schedule.run();
        await().during(Duration.ofMillis(300)).until(() -> digests(regionChat).size() == 1);
    }

    @Test
    void aRegionOfAHundredAndTenCentresComesInSeveralMessagesWithinTelegramsLimitEveryCentreInOrder() {
        List<Rating> centres = new ArrayList<>();
        for (int i = 1; i <= 110; i++) {
            centres.add(rating(
                    "Центр № " + i + " надання адміністративних послуг виконавчого комітету громади",
                    i <= 100 ? i : null));
        }
        var page = new Ratings.Page(
                "centre",
                "UA-23",
                LocalDate.parse("2026-12-07"),
                LocalDate.parse("2026-12-13"),
                LocalDate.parse("2026-11-30"),
                LocalDate.parse("2026-12-06"),
                30,
                100,
                centres);

        List<String> messages = texts.render(Scope.region("UA-23"), page);

        assertThat(messages).hasSizeGreaterThan(1);
        assertThat(messages).allSatisfy(text -> assertThat(text.length()).isLessThanOrEqualTo(4_096));
        for (int part = 0; part < messages.size(); part++) {
            assertThat(messages.get(part))
                    .startsWith(DIGEST + " 07.12–13.12.2026: Запорізька область (UA-23) (" + (part + 1) + "/"
                            + messages.size() + ")");
        }
        String all = String.join("\n", messages);
        List<Integer> places = all.lines()
                .filter(line -> line.matches("\\d+\\. .*"))
                .map(line -> Integer.valueOf(line.substring(0, line.indexOf('.'))))
                .toList();
        assertThat(places).hasSize(100).isSorted().doesNotHaveDuplicates();
        int at = -1;
        for (int i = 1; i <= 110; i++) { // every centre once, ranked ones first, in order
            assertThat(all.indexOf("Центр № " + i + " ")).isGreaterThan(at);
            at = all.indexOf("Центр № " + i + " ");
            assertThat(all.indexOf("Центр № " + i + " ", at + 1)).isEqualTo(-1);
        }
        // Names are cut to keep a line short, with "…"; the unranked come last, by name and count.
        assertThat(all)
                .contains("1. Центр № 1 надання адміністративних послуг виконавчого коміт… — 91%, відповідей: 40");
        assertThat(all).contains("Без місця, менше 30 відповідей: Центр № 101 ");
        assertThat(messages.getLast()).contains("Центр № 110 надання адміністративних послуг виконавчого ком… (3)");
    }

    @Autowired
    DigestClaims claims;

    private static Rating rating(String name, Integer rank) {
        return new Rating(
                "centre",
                name,
                name,
                "UA-23",
                null,
                rank == null ? 3 : 40,
                rank == null ? 3 : 40,
                0,
                0,
                rank == null ? 1.0 : 0.91,
                null,
                Map.of(),
                Map.of(),
                Map.of(),
                rank != null,
                rank,
                new Rating.Previous(0, null, null),
                null,
                0,
                0);
    }

    /** The digest messages a chat got (escalations of other tests' cases may go to the ministry's chat too). */
    private List<String> digests(long chat) {
        return StaffTelegramFake.sent(telegram, chat).stream()
                .map(StaffTelegramFake.Call::text)
                .filter(text -> text.startsWith(DIGEST))
                .toList();
    }

    /** Completed surveys rated 5, or 1 (negative). */
    private void answers(String cnapCode, Instant at, int satisfied, int not) {
        for (int i = 0; i < satisfied + not; i++) {
            boolean good = i < satisfied;
            events.publishEvent(new SurveyCompleted(
                    "wd-" + cnapCode + "-" + sessions++ + "-" + at.toEpochMilli(),
                    "cnap-visit",
                    cnapCode,
                    ContactAddress.tel(PhoneNumber.parseMobile("+380673330000")),
                    Channel.SMS,
                    Map.of("overall", good ? "5" : "1"),
                    !good,
                    at.minus(Duration.ofMinutes(5)),
                    at));
        }
    }
}
