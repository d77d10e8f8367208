/**
 * Survey definitions: the immutable model the conversation engine walks ({@link ua.vidguk.survey.Survey},
 * its questions, branching conditions and the rule that makes a response negative), the YAML parser
 * that builds it from {@code surveys/*.yaml} with a line for every problem, and the {@link
 * ua.vidguk.survey.Surveys} catalogue. It must not know channels, sessions, storage or how a reply is
 * typed by a visitor: answers reach it already in their canonical form.
 */
@NullMarked
package ua.vidguk.survey;

import org.jspecify.annotations.NullMarked;
