package ua.vidguk.conversation.engine;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ua.vidguk.conversation.event.ConversationEvent;

/**
 * Events as the plain maps a fixture lists. The context every event repeats (session, survey, centre,
 * contact, channel, start time, the invited visit, and a completion's SMS parts and link taken, which
 * the engine copies from the session and the sender counts) is left out of the maps and checked once per event instead, so that
 * a fixture shows what differs.
 */
final class EventMaps {

    static final Set<String> CONTEXT = Set.of(
            "sessionId",
            "surveyId",
            "cnapCode",
            "contact",
            "channel",
            "startedAt",
            "visit",
            "smsSegments",
            "linkTaken");
    private static final int LONGEST = 100;

    private EventMaps() {}

    static Map<String, Object> of(ConversationEvent event) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("event", event.getClass().getSimpleName());
        boolean nested = false;
        for (RecordComponent component : event.getClass().getRecordComponents()) {
            if (!CONTEXT.contains(component.getName())) {
                Object value = plain(component(event, component.getName()));
                nested |= value instanceof Map || value instanceof List;
                map.put(component.getName(), value);
            }
        }
        if (nested) {
            return map;
        }
        FixtureYaml.Flow flow = new FixtureYaml.Flow();
        flow.putAll(map);
        return flow;
    }

    /** A component's value by name, or {@code null} when the event has no such component. */
    static Object component(ConversationEvent event, String name) {
        for (RecordComponent component : event.getClass().getRecordComponents()) {
            if (component.getName().equals(name)) {
                try {
                    return component.getAccessor().invoke(event);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return null;
    }

    private static Object plain(Object value) {
        return switch (value) {
            case null -> null;
            case Boolean b -> b;
            case Instant instant -> instant.toString();
            case String text -> shorten(text);
            case Map<?, ?> map -> {
                FixtureYaml.Flow flow = new FixtureYaml.Flow();
                map.forEach((key, item) -> flow.put(key.toString(), plain(item)));
                yield flow;
            }
            case List<?> list -> {
                FixtureYaml.FlowList flow = new FixtureYaml.FlowList();
                list.forEach(item -> flow.add(plain(item)));
                yield flow;
            }
            default -> value.toString();
        };
    }

    /** A long text as its start and length: the length is what a fixture about limits checks. */
    static String shorten(String text) {
        return text.length() <= LONGEST ? text : text.substring(0, 40) + "… (" + text.length() + " characters)";
    }
}
