package ua.vidguk.conversation.engine;

import ua.vidguk.survey.Question;

/**
 * A message the engine wants sent, before it is worded for a channel: {@link PromptRenderer} turns it
 * into text and buttons for SMS or a messenger.
 */
public sealed interface Prompt {

    /**
     * Ask a question.
     *
     * @param reprompt the previous reply was not an answer: send the hint on how to answer (with the
     *     question's buttons in messengers) instead of the full question
     */
    record Ask(Question question, boolean reprompt) implements Prompt {}

    /**
     * The survey is complete.
     *
     * @param centreName the centre's name, as the visitor knows it
     * @param negative the response is negative, so staff will hear of it
     * @param callbackRequested the visitor agreed to be called back
     */
    record Thanks(String centreName, boolean negative, boolean callbackRequested) implements Prompt {}

    /** The visitor opted out; say how to opt back in. */
    record OptOutConfirmed() implements Prompt {}

    /** The visitor opted back in. */
    record OptInConfirmed() implements Prompt {}

    /** The survey was closed after replies that were not answers. */
    record ClosedPolitely() implements Prompt {}

    /** Not produced by the engine: for a caller that got a reply from someone with no open survey. */
    record NoOpenSurvey() implements Prompt {}

    /**
     * Not produced by the engine: for a caller that refused a new anonymous survey because the
     * visitor opened too many about the centre this hour.
     */
    record EntryLimited() implements Prompt {}
}
