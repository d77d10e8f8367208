package ua.vidguk.template;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown at start-up when template files have problems; the message lists each of them. */
public class TemplatesInvalid extends RuntimeException {

    private final List<TemplateProblem> problems;

    TemplatesInvalid(String what, List<TemplateProblem> problems) {
        super(describe(what, problems));
        this.problems = List.copyOf(problems);
    }

    /** The problems by file, then by line. */
    public List<TemplateProblem> problems() {
        return problems;
    }

    private static String describe(String what, List<TemplateProblem> problems) {
        String count = problems.size() == 1 ? "1 problem" : problems.size() + " problems";
        return problems.stream()
                .map(problem -> "  " + problem)
                .collect(Collectors.joining("\n", what + " have " + count + ":\n", ""));
    }
}
