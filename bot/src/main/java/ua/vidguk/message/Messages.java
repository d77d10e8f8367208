package ua.vidguk.message;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import ua.vidguk.message.MessageLoader.MessageKey;
import ua.vidguk.survey.LocalizedText;
import ua.vidguk.survey.Survey;
import ua.vidguk.survey.Surveys;
import ua.vidguk.template.TemplateSource;

/**
 * Renders the bot's messages from {@code messages/<locale>/}. Loaded and checked once at start-up:
 * every message exists in Ukrainian and in each locale a survey declares, and every template
 * renders with its sample values, so rendering later cannot meet a typo.
 */
@Component
public class Messages {

    private static final Logger log = LoggerFactory.getLogger(Messages.class);

    private final Map<MessageKey, Template> templates;

    public Messages(TemplateSource source, Surveys surveys) {
        Set<String> locales = surveys.all().stream()
                .flatMap((Survey survey) -> survey.locales().stream())
                .collect(Collectors.toCollection(TreeSet::new));
        locales.add(LocalizedText.UKRAINIAN);
        Mustache.Compiler compiler = Mustache.compiler()
                .escapeHTML(false) // plain text: a channel that sends markup escapes values itself
                .strictSections(true)
                .emptyStringIsFalse(true)
                .nullValue("");
        this.templates = Map.copyOf(new MessageLoader(compiler).load(source, locales));
        log.info("Loaded {} message templates from {}", templates.size(), source.location());
    }

    /** Renders the channel-independent text of a message. */
    public String render(MessageName name, String locale, Map<String, ?> values) {
        return render(name, null, locale, values);
    }

    /**
     * Renders a message for a channel: its variant {@code <name>.<channel>.mustache} when the locale
     * has one, otherwise the generic file; a locale without messages falls back to Ukrainian.
     *
     * @param channel {@code sms}, {@code viber}, {@code telegram}, or {@code null} for the generic text
     * @param locale a language code such as {@code uk}
     * @param values the message's variables (see {@link MessageName}); any not given render empty
     * @throws IllegalArgumentException when a value is not a declared variable of the message
     */
    public String render(MessageName name, String channel, String locale, Map<String, ?> values) {
        Set<String> unknown = new TreeSet<>(values.keySet());
        unknown.removeAll(name.sample().keySet());
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(name.key() + " has no variables " + unknown);
        }
        Map<String, Object> context = new HashMap<>();
        name.sample().keySet().forEach(key -> context.put(key, null));
        context.putAll(values);
        return template(name, channel, locale).execute(context).strip();
    }

    private Template template(MessageName name, String channel, String locale) {
        String resolved = templates.containsKey(new MessageKey(locale, name, null)) ? locale : LocalizedText.UKRAINIAN;
        Template variant = channel == null ? null : templates.get(new MessageKey(resolved, name, channel));
        return variant != null ? variant : templates.get(new MessageKey(resolved, name, null));
    }
}
