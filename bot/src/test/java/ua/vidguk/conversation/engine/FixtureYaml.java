package ua.vidguk.conversation.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Represent;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The YAML dialect of conversation fixtures, read and written alike: times and the answers yes/no
 * stay text (YAML 1.1 would make them a date and booleans), multi-line messages are written as
 * literal blocks, and small maps and lists marked {@link Flow} and {@link FlowList} on one line.
 */
final class FixtureYaml {

    private FixtureYaml() {}

    /** A map written on one line. */
    static final class Flow extends LinkedHashMap<String, Object> {}

    /** A list written on one line. */
    static final class FlowList extends ArrayList<Object> {}

    static Yaml create() {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setAllowUnicode(true);
        options.setSplitLines(false);
        options.setWidth(1000);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        return new Yaml(
                new SafeConstructor(new LoaderOptions()), new FixtureRepresenter(options), options, new TextResolver());
    }

    private static final class FixtureRepresenter extends Representer {

        FixtureRepresenter(DumperOptions options) {
            super(options);
            this.representers.put(
                    Flow.class, data -> representMapping(Tag.MAP, (Map<?, ?>) data, DumperOptions.FlowStyle.FLOW));
            this.representers.put(
                    FlowList.class, data -> representSequence(Tag.SEQ, (List<?>) data, DumperOptions.FlowStyle.FLOW));
            Represent plain = this.representers.get(String.class);
            this.representers.put(String.class, data -> {
                String text = data.toString();
                if (text.contains("\n")) {
                    return representScalar(Tag.STR, text, DumperOptions.ScalarStyle.LITERAL);
                }
                return plain.representData(data);
            });
        }
    }

    private static final class TextResolver extends Resolver {

        private static final Pattern TRUE_FALSE = Pattern.compile("^(?:true|false)$");

        @Override
        public void addImplicitResolver(Tag tag, Pattern regexp, String first, int limit) {
            if (tag.equals(Tag.TIMESTAMP)) {
                return;
            }
            if (tag.equals(Tag.BOOL)) {
                super.addImplicitResolver(tag, TRUE_FALSE, "tf", limit);
                return;
            }
            super.addImplicitResolver(tag, regexp, first, limit);
        }
    }
}
