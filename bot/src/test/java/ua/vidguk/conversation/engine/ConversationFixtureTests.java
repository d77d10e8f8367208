package ua.vidguk.conversation.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.yaml.snakeyaml.Yaml;
import ua.vidguk.channel.Channel;
import ua.vidguk.message.Messages;
import ua.vidguk.survey.Surveys;
import ua.vidguk.template.TemplateSource;
import ua.vidguk.template.TestTemplates;

/**
 * Conversations as fixture files, the way goflow tests flows: each file under {@code
 * conversation/fixtures/} names a survey, a channel and a language, and lists the inputs (start,
 * replies, expiry) with the messages, events and session state each must produce. Run with {@code
 * -Dfixtures.update=true} to rewrite the expectations from what the engine does now, then review
 * the diff.
 *
 * <p>A file has {@code survey}, {@code channel} ({@code sms}, {@code viber}, {@code telegram}),
 * {@code locale} and {@code steps}. A step's input is one of {@code start: <time>}, {@code reply:
 * <text>} (optionally {@code repeat: <n>} times, {@code at: <time>}, else a minute after the
 * previous step) or {@code expire: <time>}; {@code channel:} before a {@code start} moves the
 * session to another channel. Its expectations are {@code messages} (SMS texts, or text and
 * {@code "label → payload"} buttons), {@code events} (without the context every event repeats,
 * which is checked on each) and {@code session}. Comment lines at the top survive an update.
 */
class ConversationFixtureTests {

    private static final Path FIXTURES = Path.of("src/test/resources/conversation/fixtures");
    private static final boolean UPDATE = Boolean.getBoolean("fixtures.update");
    private static final TemplateSource TEMPLATES = TestTemplates.packaged();
    private static final Surveys SURVEYS = new Surveys(TEMPLATES);
    private static final PromptRenderer RENDERER = new PromptRenderer(new Messages(TEMPLATES, SURVEYS));

    @TestFactory
    Stream<DynamicTest> everyFixtureRunsAsWritten() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(FIXTURES)) {
            files = list.filter(path -> path.toString().endsWith(".yaml"))
                    .sorted()
                    .toList();
        }
        assertThat(files).isNotEmpty();
        return files.stream()
                .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), file.toUri(), () -> run(file)));
    }

    @SuppressWarnings("unchecked")
    private static void run(Path file) throws IOException {
        String content = Files.readString(file, StandardCharsets.UTF_8);
        Yaml yaml = FixtureYaml.create();
        Map<String, Object> fixture = yaml.load(content);
        FixtureRun run = new FixtureRun(
                new ConversationEngine(),
                RENDERER,
                SURVEYS.get(fixture.get("survey").toString()),
                Channel.valueOf(fixture.get("channel").toString().toUpperCase(Locale.ROOT)),
                fixture.getOrDefault("locale", "uk").toString());
        List<Map<String, Object>> expectedSteps = (List<Map<String, Object>>) fixture.get("steps");
        List<Map<String, Object>> actualSteps = new ArrayList<>();
        for (Map<String, Object> expected : expectedSteps) {
            Map<String, Object> actual = run.step(expected);
            actualSteps.add(actual);
            if (!UPDATE) {
                String step = "step " + actualSteps.size() + " " + inputOf(actual) + " in " + file.getFileName();
                for (String key : List.of("messages", "events", "session")) {
                    assertThat(actual.get(key)).as("%s of %s", key, step).isEqualTo(expected.get(key));
                }
            }
        }
        if (UPDATE) {
            Map<String, Object> updated = new LinkedHashMap<>(fixture);
            updated.put("steps", actualSteps);
            Files.writeString(file, header(content) + yaml.dump(updated), StandardCharsets.UTF_8);
        }
    }

    private static String inputOf(Map<String, Object> step) {
        return step.entrySet().stream()
                .filter(entry -> !List.of("messages", "events", "session").contains(entry.getKey()))
                .map(entry -> entry.getKey() + "=" + EventMaps.shorten(String.valueOf(entry.getValue())))
                .collect(Collectors.joining(", ", "(", ")"));
    }

    /** The comment lines a fixture opens with, kept when it is rewritten. */
    private static String header(String content) {
        StringBuilder header = new StringBuilder();
        for (String line : content.split("\n", -1)) {
            if (!line.startsWith("#")) {
                break;
            }
            header.append(line).append('\n');
        }
        return header.toString();
    }
}
