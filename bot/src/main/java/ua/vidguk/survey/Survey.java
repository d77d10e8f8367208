package ua.vidguk.survey;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * A survey as loaded from {@code surveys/<id>.yaml}: the questions in the order they are asked,
 * with pure helpers for the conversation engine. Answers are passed as canonical values keyed by
 * question id (see {@link Question}).
 *
 * @param id the file name without {@code .yaml}
 * @param title a name for people who choose and report on surveys
 * @param locales the declared languages, {@code uk} first; every text has each of them
 * @param questions in asking order
 */
public record Survey(String id, LocalizedText title, List<String> locales, List<Question> questions) {

    public Survey {
        locales = List.copyOf(locales);
        questions = List.copyOf(questions);
    }

    /** The question with an id; the id is expected to exist. */
    public Question question(String questionId) {
        return find(questionId)
                .orElseThrow(() -> new NoSuchElementException("Survey " + id + " has no question " + questionId));
    }

    public Optional<Question> find(String questionId) {
        return questions.stream().filter(q -> q.id().equals(questionId)).findFirst();
    }

    /** The question that plays a role, if the survey has one. */
    public Optional<Question> withRole(QuestionRole role) {
        return questions.stream().filter(q -> q.role() == role).findFirst();
    }

    /**
     * The next question to ask: the first one not yet answered whose {@code when} holds. Empty when
     * the survey is complete. A skipped question counts as answered ({@code ""}).
     */
    public Optional<Question> next(Map<String, String> answers) {
        return questions.stream()
                .filter(q -> !answers.containsKey(q.id()))
                .filter(q -> q.isAsked(answers))
                .findFirst();
    }

    /** Whether a response is negative: any question's {@code negative-when} holds. */
    public boolean isNegative(Map<String, String> answers) {
        return questions.stream().anyMatch(q -> Condition.anyMatches(q.negativeWhen(), answers));
    }

    /**
     * The questions whose {@code negative-when} holds, in survey order: what an alert reports as
     * having gone wrong.
     */
    public List<Question> negativeQuestions(Map<String, String> answers) {
        return questions.stream()
                .filter(q -> Condition.anyMatches(q.negativeWhen(), answers))
                .toList();
    }
}
