package ua.vidguk.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import ua.vidguk.message.MessageName;
import ua.vidguk.message.Messages;
import ua.vidguk.survey.Surveys;

/** The template beans in a Spring context, configured the way an operator configures them. */
@ExtendWith(OutputCaptureExtension.class)
class TemplatesIntegrationTests {

    private final ApplicationContextRunner runner =
            new ApplicationContextRunner().withUserConfiguration(TemplatesOnly.class);

    @TempDir
    Path dir;

    @Test
    void packagedTemplatesLoadWithoutProblems() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(Surveys.class).get("cnap-visit").questions())
                    .hasSize(9);
            assertThat(context.getBean(Messages.class).render(MessageName.LABEL_NO, "en", Map.of()))
                    .isEqualTo("No");
        });
    }

    @Test
    void templatesDirReplacesThePackagedSet() {
        TestTemplates.copyPackaged(dir);
        dir.resolve("surveys/cnap-visit.yaml")
                .toFile()
                .renameTo(dir.resolve("surveys/pilot.yaml").toFile());
        TestTemplates.write(dir, "messages/uk/label-yes.mustache", "Так!");

        runner.withPropertyValues("vidguk.templates-dir=" + dir).run(context -> {
            assertThat(context).hasNotFailed();
            Surveys surveys = context.getBean(Surveys.class);
            assertThat(surveys.find("pilot")).isPresent();
            assertThat(surveys.find("cnap-visit")).isEmpty();
            assertThat(context.getBean(Messages.class).render(MessageName.LABEL_YES, "uk", Map.of()))
                    .isEqualTo("Так!");
        });
    }

    @Test
    void brokenTemplatesStopStartUpWithEveryProblemListed() {
        TestTemplates.copyPackaged(dir);
        TestTemplates.write(dir, "surveys/broken.yaml", """
                title: {uk: Зламане, en: Broken}
                locales: [uk, en]
                questions:
                  - id: a
                    type: yes-no
                    text: {uk: Так, en: Yes}
                    negative-when: {at-most: 2}
                  - id: b
                    type: stars
                """);

        runner.withPropertyValues("vidguk.templates-dir=" + dir).run(context -> {
            assertThat(context).hasFailed();
            Throwable failure = context.getStartupFailure();
            FailureAnalysis analysis = new TemplatesInvalidFailureAnalyzer().analyze(failure);
            assertThat(analysis.getDescription())
                    .contains(
                            "have 3 problems:",
                            dir + "/surveys/broken.yaml:7: at-most applies only to scale questions;"
                                    + " 'a' is a yes-no question",
                            dir + "/surveys/broken.yaml:8: question 'b' needs 'text'",
                            dir + "/surveys/broken.yaml:9: unknown question type 'stars'");
            assertThat(analysis.getAction()).contains("unset vidguk.templates-dir");
        });
    }

    @Test
    void startUpFailurePrintsTheProblemsAndWhatToDo(CapturedOutput output) {
        TestTemplates.copyPackaged(dir);
        TestTemplates.write(dir, "messages/uk/thanks.mustache", "Дякуємо, {{centr}}!\n");
        SpringApplication application = new SpringApplication(TemplatesOnly.class);
        application.setWebApplicationType(WebApplicationType.NONE);

        assertThatThrownBy(() -> application.run("--vidguk.templates-dir=" + dir))
                .hasRootCauseInstanceOf(TemplatesInvalid.class);
        assertThat(output)
                .contains("APPLICATION FAILED TO START")
                .contains(dir + "/messages/uk/thanks.mustache:1: unknown variable 'centr'")
                .contains("unset vidguk.templates-dir");
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(TemplateProperties.class)
    @Import({TemplateSource.class, Surveys.class, Messages.class})
    static class TemplatesOnly {}
}
