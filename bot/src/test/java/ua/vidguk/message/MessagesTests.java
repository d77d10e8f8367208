package ua.vidguk.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ua.vidguk.survey.Surveys;
import ua.vidguk.template.TemplateSource;
import ua.vidguk.template.TemplatesInvalid;
import ua.vidguk.template.TestTemplates;

class MessagesTests {

    private static final Messages PACKAGED = load(TestTemplates.packaged());

    @TempDir
    Path dir;

    @Test
    void smsInvitationCarriesTheQuestionAndTheVisitLink() {
        String sms = PACKAGED.render(
                MessageName.INVITATION,
                "sms",
                "uk",
                Map.of(
                        "centreName", "ЦНАП міста Ірпінь",
                        "question", "Оцініть обслуговування від 1 до 5",
                        "link", "https://vidguk.example.gov.ua/v/AbC3dE6gH9"));

        assertThat(sms)
                .isEqualTo("Дякуємо! Оцініть обслуговування від 1 до 5\n"
                        + "Viber/Telegram: https://vidguk.example.gov.ua/v/AbC3dE6gH9\n"
                        + "СТОП — відписатися");
    }

    @Test
    void aChannelWithoutItsOwnVariantGetsTheGenericText() {
        assertThat(PACKAGED.render(MessageName.LABEL_SKIP, "telegram", "uk", Map.of()))
                .isEqualTo("Пропустити");
        assertThat(PACKAGED.render(MessageName.THANKS, "viber", "en", Map.of("callbackRequested", true)))
                .isEqualTo("Thank you for your feedback!\nSomeone from the centre will call you soon.");
    }

    @Test
    void aLocaleWithoutMessagesFallsBackToUkrainian() {
        assertThat(PACKAGED.render(MessageName.LABEL_YES, "de", Map.of())).isEqualTo("Так");
    }

    @Test
    void staffAlertListsAnswersSkipsEmptySectionsAndExplainsAHiddenNumber() {
        String alert = PACKAGED.render(
                MessageName.STAFF_ALERT,
                "uk",
                Map.of(
                        "centreName", "ЦНАП міста Ірпінь",
                        "centreCode", "C-1",
                        "visitTime", "24.11.2025 10:15",
                        "channel", "Viber",
                        "phone", "+380 67 *** ** 67",
                        "callbackConsent", false,
                        "answers", List.of(Map.of("question", "Загальна оцінка", "answer", "1 з 5"))));

        assertThat(alert)
                .contains("Канал: Viber\n\n• Загальна оцінка — 1 з 5\n\nТелефон: +380 67 *** ** 67")
                .contains("номер приховано")
                .doesNotContain("Послуга", "Коментар");
    }

    @Test
    void aValueThatIsNotAVariableOfTheMessageIsAProgrammingError() {
        assertThatThrownBy(() -> PACKAGED.render(MessageName.THANKS, "uk", Map.of("centre", "x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("thanks has no variables [centre]");
    }

    @Test
    void aTypoInAVariableFailsWithItsLine() {
        TestTemplates.copyPackaged(dir);
        TestTemplates.write(
                dir, "messages/uk/reminder.mustache", "Нагадуємо:\n{{#negative}}x{{/negative}} {{centr}}\n");

        assertThat(problems())
                .containsExactly(
                        dir + "/messages/uk/reminder.mustache:2: unknown variable 'negative' (reminder may use"
                                + " centreName, link, question)",
                        dir + "/messages/uk/reminder.mustache:2: unknown variable 'centr' (reminder may use"
                                + " centreName, link, question)");
    }

    @Test
    void mustacheSyntaxErrorsCarryTheirLine() {
        TestTemplates.copyPackaged(dir);
        TestTemplates.write(dir, "messages/en/thanks.mustache", "Thanks!\n{{#negative}}\nSorry.\n");

        assertThat(problems())
                .containsExactly(dir + "/messages/en/thanks.mustache:2: Mustache syntax: Section missing close tag"
                        + " 'negative'");
    }

    @Test
    void missingUnknownAndMisplacedFilesAreReported() {
        TestTemplates.copyPackaged(dir);
        TestTemplates.write(dir, "messages/en/thank-you.mustache", "Thanks");
        TestTemplates.write(dir, "messages/en/thanks.whatsapp.mustache", "Thanks");
        TestTemplates.write(dir, "messages/opted-in.mustache", "Hi");
        dir.resolve("messages/en/label-no.mustache").toFile().delete();

        assertThat(problems())
                .containsExactly(
                        dir + "/messages/en/label-no.mustache: missing: every message needs a file in each locale"
                                + " [en, uk]",
                        dir + "/messages/en/thank-you.mustache: there is no message 'thank-you' (messages: "
                                + java.util.Arrays.stream(MessageName.values())
                                        .map(MessageName::key)
                                        .collect(java.util.stream.Collectors.joining(", "))
                                + ")",
                        dir + "/messages/en/thanks.whatsapp.mustache: unknown channel 'whatsapp' (expected [sms,"
                                + " telegram, viber])",
                        dir + "/messages/opted-in.mustache: a message file is"
                                + " messages/<locale>/<message>[.<channel>].mustache");
    }

    @Test
    void everyLocaleASurveyDeclaresNeedsMessages() {
        TestTemplates.copyPackaged(dir);
        dir.resolve("messages/en/label-no.mustache").toFile().delete();
        for (java.io.File file : dir.resolve("messages/en").toFile().listFiles()) {
            file.delete();
        }

        assertThat(problems()).hasSize(MessageName.values().length).allMatch(p -> p.contains("/messages/en/"));
    }

    private List<String> problems() {
        TemplateSource source = TestTemplates.folder(dir);
        try {
            load(source);
            return List.of();
        } catch (TemplatesInvalid e) {
            return e.problems().stream().map(Object::toString).toList();
        }
    }

    private static Messages load(TemplateSource source) {
        return new Messages(source, new Surveys(source));
    }
}
