package ua.vidguk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SourceDependenciesTests {

    @Test
    void aConstantCopiedIntoTheCallerIsStillADependency() {
        var dependencies = SourceDependencies.of(Map.of(
                "ua.vidguk.a.Caller", "package ua.vidguk.a; class Caller { String path = Paths.STATUS; }",
                "ua.vidguk.a.Paths", "package ua.vidguk.a; class Paths { static final String STATUS = \"/s\"; }"));

        assertThat(dependencies.get("ua.vidguk.a.Caller")).containsExactly("ua.vidguk.a.Paths");
    }

    @Test
    void namesInCommentsStringsAndCharactersAreNoDependencies() {
        var dependencies = SourceDependencies.of(
                Map.of("ua.vidguk.a.Talker", """
                package ua.vidguk.a;
                /** Unlike {@link Other}. */
                class Talker {
                    char quote = '"'; // Other
                    String text = "Other \\" Other";
                    String block = \"""
                        Other
                        \""";
                }
                """, "ua.vidguk.a.Other", "package ua.vidguk.a; class Other {}"));

        assertThat(dependencies.get("ua.vidguk.a.Talker")).isEmpty();
    }

    @Test
    void aSealedTypesPermitsClauseIsNoDependency() {
        var dependencies = SourceDependencies.of(Map.of(
                "ua.vidguk.a.Event", "package ua.vidguk.a; public sealed interface Event permits Opened, Closed {}",
                "ua.vidguk.a.Opened", "package ua.vidguk.a; public record Opened() implements Event {}",
                "ua.vidguk.a.Closed", "package ua.vidguk.a; public record Closed() implements Event {}"));

        assertThat(dependencies.get("ua.vidguk.a.Event")).isEmpty();
        assertThat(dependencies.get("ua.vidguk.a.Opened")).containsExactly("ua.vidguk.a.Event");
    }

    @Test
    void aNestedTypeCountsAsItsFileAndShadowsASiblingOfTheSameName() {
        var dependencies = SourceDependencies.of(Map.of(
                "ua.vidguk.a.Parser",
                """
                package ua.vidguk.a;
                import ua.vidguk.b.Yaml.Node;
                class Parser {
                    record Report() {}
                    Report report; Node node; Rules.Limit limit; ua.vidguk.b.Texts texts;
                }
                """,
                "ua.vidguk.a.Report",
                "package ua.vidguk.a; class Report {}",
                "ua.vidguk.a.Rules",
                "package ua.vidguk.a; class Rules { record Limit() {} }",
                "ua.vidguk.b.Yaml",
                "package ua.vidguk.b; public class Yaml { public record Node() {} }",
                "ua.vidguk.b.Texts",
                "package ua.vidguk.b; public class Texts {}"));

        assertThat(dependencies.get("ua.vidguk.a.Parser"))
                .containsExactlyInAnyOrder("ua.vidguk.a.Rules", "ua.vidguk.b.Yaml", "ua.vidguk.b.Texts");
    }
}
