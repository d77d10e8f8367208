package ua.vidguk.stafflink;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Who may link a group, and with which code; how the group is told. */
class StaffLinkIntegrationTests extends StaffGroupTest {

    @Autowired
    MongoTemplate mongo;

    @Test
    void anAdministratorLinksTheGroupWithACodeAndTheBotConfirmsInTheGroup() {
        centre("LK-1", "ЦНАП м. Обухів", "UA-32");
        long chat = -100_201;

        deliver(GroupUpdates.text(
                next(), chat, ADMIN, "/link " + code("cnaps/LK-1").toLowerCase()));

        assertThat(lastTo(chat)).contains("чат персоналу", "ЦНАП м. Обухів (LK-1)");
    }

    @Test
    void aMemberWhoIsNotAnAdministratorCannotLinkAndDoesNotUseTheCodeUp() {
        centre("LK-2", "ЦНАП м. Ржищів", "UA-32");
        long chat = -100_202;
        String code = code("cnaps/LK-2");

        deliver(GroupUpdates.text(next(), chat, MEMBER, "/link " + code));
        assertThat(lastTo(chat)).contains("лише його адміністратор");

        deliver(GroupUpdates.text(next(), chat, ADMIN, "/link " + code));
        assertThat(lastTo(chat)).contains("Тепер це чат персоналу");
    }

    @Test
    void aUsedCodeIsRefusedInAnotherGroup() {
        centre("LK-3", "ЦНАП м. Кагарлик", "UA-32");
        String code = code("cnaps/LK-3");
        deliver(GroupUpdates.text(next(), -100_203, ADMIN, "/link " + code));

        deliver(GroupUpdates.text(next(), -100_204, ADMIN, "/link " + code));

        assertThat(lastTo(-100_204)).contains("уже використано");
    }

    @Test
    void anExpiredCodeIsRefused() {
        centre("LK-4", "ЦНАП м. Богуслав", "UA-32");
        String code = code("cnaps/LK-4");
        clock.advance(Duration.ofHours(24).plusSeconds(1));

        deliver(GroupUpdates.text(next(), -100_205, ADMIN, "/link " + code));

        assertThat(lastTo(-100_205)).contains("Термін дії коду минув");
    }

    @Test
    void aWrongCodeAndAMissingCodeAreRefusedWithAClearReply() {
        deliver(GroupUpdates.text(next(), -100_206, ADMIN, "/link ZZZZ2222"));
        assertThat(lastTo(-100_206)).contains("Такого коду немає");

        deliver(GroupUpdates.text(next(), -100_206, ADMIN, "/link@vidguk_bot"));
        assertThat(lastTo(-100_206)).contains("Надішліть /link і код");
    }

    @Test
    void codesAreOnlyIssuedForKnownCentresAndRegions() {
        api.post()
                .uri("/cnaps/NO-SUCH/staff-link-code")
                .exchange()
                .expectStatus()
                .isNotFound();
        api.post()
                .uri("/regions/UA-99/staff-link-code")
                .exchange()
                .expectStatus()
                .isNotFound();
        http.post().uri("/api/v1/staff-link-code").exchange().expectStatus().isUnauthorized();
    }
}
