package ua.vidguk.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.io.support.SpringFactoriesLoader;

class TemplatesInvalidFailureAnalyzerTests {

    @Test
    void listsEveryProblemAndTellsWhatToDo() {
        TemplatesInvalid invalid = new TemplatesInvalid(
                "The survey templates in templates/",
                List.of(
                        new TemplateProblem("templates/surveys/a.yaml", 3, "unknown question type 'rating'"),
                        new TemplateProblem("templates/messages/uk/thanks.mustache", 0, "missing")));

        FailureAnalysis analysis =
                new TemplatesInvalidFailureAnalyzer().analyze(new BeanCreationException("surveys", invalid));

        assertThat(analysis.getDescription())
                .isEqualTo("The survey templates in templates/ have 2 problems:\n"
                        + "  templates/surveys/a.yaml:3: unknown question type 'rating'\n"
                        + "  templates/messages/uk/thanks.mustache: missing");
        assertThat(analysis.getAction()).contains("unset vidguk.templates-dir");
    }

    @Test
    void isRegisteredForSpringBoot() {
        // Boot's own analyzers need constructor arguments; only whether ours loads matters here.
        List<FailureAnalyzer> analyzers = SpringFactoriesLoader.forDefaultResourceLocation()
                .load(FailureAnalyzer.class, (factoryType, implementationName, failure) -> {});

        assertThat(analyzers).hasAtLeastOneElementOfType(TemplatesInvalidFailureAnalyzer.class);
    }
}
