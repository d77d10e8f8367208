package ua.vidguk.conversation.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ua.vidguk.channel.Button;
import ua.vidguk.channel.Channel;
import ua.vidguk.contact.ContactAddress;
import ua.vidguk.conversation.event.ConversationEvent;
import ua.vidguk.survey.Survey;

/**
 * Plays a fixture's inputs through the engine and the renderer, and describes what came out of
 * each step in the fixture's own terms: rendered messages, event maps and the session's state.
 */
final class FixtureRun {

    static final ContactAddress CONTACT = ContactAddress.parse("tel:+380671234567");
    static final String CNAP_CODE = "UA-32-0012";
    static final String CNAP_NAME = "ЦНАП міста Ірпінь";
    private static final List<String> INPUT_KEYS =
            List.of("note", "channel", "start", "reply", "repeat", "at", "expire");

    private final ConversationEngine engine;
    private final PromptRenderer renderer;
    private final Survey survey;
    private final String locale;
    private Channel channel;
    private Session session;
    private Instant clock;

    FixtureRun(ConversationEngine engine, PromptRenderer renderer, Survey survey, Channel channel, String locale) {
        this.engine = engine;
        this.renderer = renderer;
        this.survey = survey;
        this.channel = channel;
        this.locale = locale;
    }

    /** Runs one step of the fixture; the result holds the step's input keys, then what came out. */
    Map<String, Object> step(Map<String, Object> input) {
        Map<String, Object> result = new LinkedHashMap<>();
        INPUT_KEYS.stream().filter(input::containsKey).forEach(key -> result.put(key, input.get(key)));
        if (input.containsKey("channel")) {
            channel = Channel.valueOf(input.get("channel").toString().toUpperCase(Locale.ROOT));
            session = session.withChannel(channel);
        }
        Session before = session;
        Step step;
        if (input.containsKey("start")) {
            clock = Instant.parse(input.get("start").toString());
            if (session == null) {
                session = Session.open(
                        "session-1",
                        survey.id(),
                        CONTACT,
                        CNAP_CODE,
                        CNAP_NAME,
                        channel,
                        locale,
                        null,
                        Session.INVITATION,
                        clock);
            }
            step = engine.start(survey, session, clock);
        } else if (input.containsKey("reply")) {
            clock = input.containsKey("at")
                    ? Instant.parse(input.get("at").toString())
                    : clock.plus(Duration.ofMinutes(1));
            String text = input.get("reply").toString();
            int repeat = input.containsKey("repeat") ? (Integer) input.get("repeat") : 1;
            step = engine.reply(survey, session, text.repeat(repeat), clock);
        } else if (input.containsKey("expire")) {
            clock = Instant.parse(input.get("expire").toString());
            step = engine.expire(survey, session, clock);
        } else {
            throw new IllegalArgumentException("A step needs start, reply or expire: " + input);
        }
        step.events().forEach(event -> checkContext(event, before == null ? step.session() : before));
        session = step.session();
        result.put("messages", messages(step));
        result.put(
                "events",
                new ArrayList<>(step.events().stream().map(EventMaps::of).toList()));
        result.put("session", state(step.session()));
        return result;
    }

    private List<Object> messages(Step step) {
        List<Object> messages = new ArrayList<>();
        for (Prompt prompt : step.messages()) {
            RenderedMessage message = renderer.render(prompt, channel, locale);
            if (message.buttons().isEmpty()) {
                messages.add(message.text());
            } else {
                Map<String, Object> map = new LinkedHashMap<>();
                map.put("text", message.text());
                map.put(
                        "buttons",
                        new ArrayList<>(message.buttons().stream()
                                .map(FixtureRun::button)
                                .toList()));
                messages.add(map);
            }
        }
        return messages;
    }

    private static String button(Button button) {
        return button.label() + " → " + button.payload();
    }

    private static Map<String, Object> state(Session session) {
        FixtureYaml.Flow state = new FixtureYaml.Flow();
        state.put("status", session.status().name());
        state.put("question", session.question());
        state.put("reprompts", session.reprompts());
        state.put("version", (int) session.version());
        return state;
    }

    // The context the fixture maps leave out must still be right on every event.
    private static void checkContext(ConversationEvent event, Session session) {
        assertThat(event.contact()).as("contact of %s", event).isEqualTo(CONTACT);
        assertThat(event.channel()).as("channel of %s", event).isEqualTo(session.channel());
        Object sessionId = EventMaps.component(event, "sessionId");
        assertThat(sessionId).as("session id of %s", event).isIn(session.id(), null);
        for (String name : List.of("surveyId", "cnapCode", "startedAt", "visit", "smsSegments", "linkTaken")) {
            Object value = EventMaps.component(event, name);
            if (value != null) {
                Object expected = switch (name) {
                    case "surveyId" -> session.surveyId();
                    case "cnapCode" -> session.cnapCode();
                    case "visit" -> session.visit();
                    case "smsSegments" -> session.smsSegments();
                    case "linkTaken" -> session.linkTaken();
                    default -> session.startedAt();
                };
                assertThat(value).as("%s of %s", name, event).isEqualTo(expected);
            }
        }
    }
}
