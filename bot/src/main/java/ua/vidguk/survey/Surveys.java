package ua.vidguk.survey;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import ua.vidguk.template.TemplateFile;
import ua.vidguk.template.TemplateProblems;
import ua.vidguk.template.TemplateSource;

/**
 * The surveys in {@code surveys/*.yaml}, loaded once at start-up. Loading fails, naming every problem
 * in every file, rather than starting with a survey that would misbehave in front of visitors.
 */
@Component
public class Surveys {

    private static final Logger log = LoggerFactory.getLogger(Surveys.class);

    private final Map<String, Survey> byId;

    public Surveys(TemplateSource source) {
        this.byId = load(source);
        log.info("Loaded surveys {} from {}", byId.keySet(), source.location());
    }

    /** The survey with an id; fails when there is no such survey file. */
    public Survey get(String id) {
        return find(id).orElseThrow(() -> SurveyNotFound.forId(id));
    }

    public Optional<Survey> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Every survey, ordered by id. */
    public Collection<Survey> all() {
        return byId.values();
    }

    private static Map<String, Survey> load(TemplateSource source) {
        TemplateProblems problems = new TemplateProblems();
        Map<String, Survey> surveys = new LinkedHashMap<>();
        for (TemplateFile file : source.files("surveys")) {
            if (file.path().endsWith(".yaml") || file.path().endsWith(".yml")) {
                if (surveys.containsKey(file.baseName())) {
                    problems.add(file, 0, "another file already defines survey '" + file.baseName() + "'");
                }
                new SurveyParser(file, problems).parse().ifPresent(survey -> surveys.put(survey.id(), survey));
            }
        }
        if (surveys.isEmpty() && problems.isEmpty()) {
            problems.add(source.location() + "surveys/", 0, "there is no survey file (*.yaml)");
        }
        problems.throwIfAny("The survey templates in " + source.location());
        return Collections.unmodifiableMap(new TreeMap<>(surveys));
    }
}
