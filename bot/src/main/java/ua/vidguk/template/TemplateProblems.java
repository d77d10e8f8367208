package ua.vidguk.template;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects every problem found while loading templates, so that one start-up names all of them
 * instead of making a coordinator fix one error per restart.
 */
public final class TemplateProblems {

    private final List<TemplateProblem> problems = new ArrayList<>();

    /** Records a problem at a 1-based line of a file (0 when no line applies). */
    public void add(TemplateFile file, int line, String reason) {
        add(file.name(), line, reason);
    }

    /** Records a problem in a file or folder that is named, not read. */
    public void add(String file, int line, String reason) {
        problems.add(new TemplateProblem(file, line, reason));
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    /** How many problems were recorded so far: a parser compares counts to know whether a part failed. */
    public int size() {
        return problems.size();
    }

    /** The problems by file, then top to bottom, the way someone fixing them reads the files. */
    public List<TemplateProblem> list() {
        return problems.stream()
                .sorted(Comparator.comparing(TemplateProblem::file).thenComparingInt(TemplateProblem::line))
                .toList();
    }

    /** Fails when anything was recorded. */
    public void throwIfAny(String what) {
        if (!problems.isEmpty()) {
            throw new TemplatesInvalid(what, list());
        }
    }
}
