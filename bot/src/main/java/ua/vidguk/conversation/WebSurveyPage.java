package ua.vidguk.conversation;

import org.jspecify.annotations.Nullable;
import ua.vidguk.channel.Channel;
import ua.vidguk.survey.Question;

/**
 * Where a survey answered in a browser stands, as its page shows it: nothing personal, since
 * whoever holds the link sees it.
 *
 * @param token the conversation's id, the key in its link
 * @param cnapName the centre the survey is about
 * @param state whether it asks a question, was completed, or ended otherwise
 * @param question the question to answer while {@link State#ASKING}, else {@code null}
 * @param reprompted the last reply was not an answer (nothing chosen): the page says how to answer
 * @param step the conversation's version: the form carries it back, so that a form sent twice
 *     (a double tap, the back button) is recognised and not recorded again
 * @param phoneWanted the question asks for consent to a call back and no number is known: the page
 *     asks for one with "yes"
 * @param channel where the conversation is held now (SMS until the visitor answers in the browser)
 * @param negative a completed response is negative (staff heard of it)
 * @param callbackRequested a completed response agreed to a call back
 */
public record WebSurveyPage(
        String token,
        String cnapName,
        State state,
        @Nullable Question question,
        boolean reprompted,
        long step,
        boolean phoneWanted,
        Channel channel,
        boolean negative,
        boolean callbackRequested) {

    /** Where the survey stands. */
    public enum State {
        ASKING,
        COMPLETED,
        /** Expired, closed, opted out, or finished but not yet filed. */
        ENDED
    }

    /** What became of an answer from the page. */
    public enum Answered {
        /** Recorded (or, for a reply that was not an answer, counted as one). */
        RECORDED,
        /** The form was for an earlier step: already answered, nothing recorded again. */
        STALE,
        /** The survey no longer takes answers. */
        ENDED,
        /** The number typed for a call back is in a survey of its own just now. */
        PHONE_BUSY
    }
}
