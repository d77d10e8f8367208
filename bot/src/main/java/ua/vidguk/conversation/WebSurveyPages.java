package ua.vidguk.conversation;

import org.springframework.stereotype.Component;
import ua.vidguk.channel.Channel;
import ua.vidguk.contact.ContactAddress;
import ua.vidguk.conversation.WebSurveyPage.State;
import ua.vidguk.conversation.engine.Session;
import ua.vidguk.conversation.engine.SessionStatus;
import ua.vidguk.survey.QuestionRole;
import ua.vidguk.survey.Survey;
import ua.vidguk.survey.Surveys;

/** Reads what a survey's page shows from its conversation, or from its response once it ended. */
@Component
class WebSurveyPages {

    private final Surveys surveys;
    private final ResponseStore responses;

    WebSurveyPages(Surveys surveys, ResponseStore responses) {
        this.surveys = surveys;
        this.responses = responses;
    }

    WebSurveyPage asking(Session session) {
        Survey survey = surveys.get(session.surveyId());
        var question = session.question() == null
                ? null
                : survey.find(session.question()).orElse(null);
        boolean consent = question != null && question.role() == QuestionRole.CALLBACK_CONSENT;
        // An invitation's number (or a messenger's shared one) is known already: staff see it.
        boolean numberKnown = session.contact().kind() == ContactAddress.Kind.TEL || session.visit() != null;
        return new WebSurveyPage(
                session.id(),
                session.cnapName(),
                State.ASKING,
                question,
                session.reprompts() > 0,
                session.version(),
                consent && !numberKnown,
                session.channel(),
                false,
                false);
    }

    WebSurveyPage ended(String token, String cnapName) {
        var response = responses.find(token);
        if (response == null || response.outcome() != SessionStatus.COMPLETED) {
            Channel channel = response == null ? Channel.WEB : response.channel();
            return new WebSurveyPage(token, cnapName, State.ENDED, null, false, -1, false, channel, false, false);
        }
        Survey survey = surveys.get(response.surveyId());
        boolean callback = survey.withRole(QuestionRole.CALLBACK_CONSENT)
                .map(q -> "yes".equals(response.answers().get(q.id())))
                .orElse(false);
        return new WebSurveyPage(
                token,
                cnapName,
                State.COMPLETED,
                null,
                false,
                -1,
                false,
                response.channel(),
                response.negative(),
                callback);
    }
}
