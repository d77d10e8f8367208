package ua.vidguk.message;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import ua.vidguk.template.TemplateFile;
import ua.vidguk.template.TemplateProblems;
import ua.vidguk.template.TemplateSource;

/**
 * Loads {@code messages/<locale>/<name>[.<channel>].mustache} and checks that the set is complete:
 * every message in every required locale has its channel-independent file, which is what a channel
 * without its own variant falls back to.
 */
final class MessageLoader {

    static final Set<String> CHANNELS = Set.of("sms", "viber", "telegram");
    private static final Pattern FILE =
            Pattern.compile("messages/([^/]+)/([a-z][a-z0-9-]*)(?:\\.([a-z0-9-]+))?\\.mustache");
    private static final Pattern LOCALE = Pattern.compile("[a-z]{2,3}");

    private final Mustache.Compiler compiler;
    private final TemplateProblems problems = new TemplateProblems();
    private final Map<MessageKey, Template> templates = new HashMap<>();
    private final Set<String> locales = new TreeSet<>();

    MessageLoader(Mustache.Compiler compiler) {
        this.compiler = compiler;
    }

    /** The templates by key; fails naming every problem found. */
    Map<MessageKey, Template> load(TemplateSource source, Set<String> requiredLocales) {
        TemplateCheck check = new TemplateCheck(compiler, problems);
        List<TemplateFile> files = source.files("messages");
        for (TemplateFile file : files) {
            if (file.path().endsWith(".mustache")) {
                load(file, check);
            }
        }
        Set<String> paths = files.stream().map(TemplateFile::path).collect(Collectors.toSet());
        Set<String> all = new TreeSet<>(requiredLocales);
        all.addAll(locales);
        for (String locale : all) {
            for (MessageName name : MessageName.values()) {
                String path = "messages/" + locale + "/" + name.key() + ".mustache";
                if (!paths.contains(path)) {
                    problems.add(
                            source.location() + path, 0, "missing: every message needs a file in each locale " + all);
                }
            }
        }
        problems.throwIfAny("The message templates in " + source.location());
        return templates;
    }

    private void load(TemplateFile file, TemplateCheck check) {
        Matcher matcher = FILE.matcher(file.path());
        if (!matcher.matches()) {
            problems.add(file, 0, "a message file is messages/<locale>/<message>[.<channel>].mustache");
            return;
        }
        String locale = matcher.group(1);
        String channel = matcher.group(3);
        Optional<MessageName> name = MessageName.fromKey(matcher.group(2));
        if (!LOCALE.matcher(locale).matches()) {
            problems.add(file, 0, "'" + locale + "' is not a language code such as uk or en");
        } else if (name.isEmpty()) {
            problems.add(file, 0, "there is no message '" + matcher.group(2) + "' (messages: " + keys() + ")");
        } else if (channel != null && !CHANNELS.contains(channel)) {
            problems.add(file, 0, "unknown channel '" + channel + "' (expected " + new TreeSet<>(CHANNELS) + ")");
        } else {
            locales.add(locale);
            check.compile(file, name.get())
                    .ifPresent(template -> templates.put(new MessageKey(locale, name.get(), channel), template));
        }
    }

    private static String keys() {
        return Arrays.stream(MessageName.values()).map(MessageName::key).collect(Collectors.joining(", "));
    }

    /** Which file renders a message: the channel variant when there is one, else the generic file. */
    record MessageKey(String locale, MessageName name, String channel) {}
}
