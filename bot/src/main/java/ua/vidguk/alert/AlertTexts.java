package ua.vidguk.alert;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import ua.vidguk.cnap.Cnap;
import ua.vidguk.cnap.CnapRegistry;
import ua.vidguk.contact.ContactAddress;
import ua.vidguk.conversation.event.InvitedVisit;
import ua.vidguk.conversation.event.NegativeFeedbackReceived;
import ua.vidguk.limits.Suspicion;
import ua.vidguk.message.MessageName;
import ua.vidguk.message.Messages;
import ua.vidguk.stafflink.Scope;
import ua.vidguk.stafflink.ScopeNames;

/**
 * Every text staff see, rendered in Ukrainian from the message templates. An alert is kept to
 * {@link #ALERT_LIMIT} characters, well below Telegram's 4,096, because it is posted again inside
 * other messages: under the lines saying which chats were passed over, above who took and resolved
 * it, below an escalation's first line.
 */
@Component
class AlertTexts {

    static final int ALERT_LIMIT = 2_500;
    /** Steps by which each answer is cut when the answers alone are too long for an alert. */
    private static final List<Integer> ANSWER_LIMITS = List.of(Integer.MAX_VALUE, 300, 120, 40);

    /** Put before a suspect case's one line (in a folded summary, a list of cases). */
    static final String SUSPECT_MARK = "❗ Підозріло: ";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final Messages messages;
    private final AnswerTexts answers;
    private final CnapRegistry cnaps;
    private final ScopeNames scopes;
    private final WorkingHours hours;

    AlertTexts(
            Messages messages, AnswerTexts answers, CnapRegistry cnaps, ScopeNames scopes, AlertProperties properties) {
        this.messages = messages;
        this.answers = answers;
        this.cnaps = cnaps;
        this.scopes = scopes;
        this.hours = properties.workingHours().toWorkingHours();
    }

    /** @param suspect set when the response came in a burst: the alert says so in its second line */
    String alert(NegativeFeedbackReceived feedback, @Nullable Suspicion suspect) {
        InvitedVisit visit = feedback.visit();
        Map<String, Object> values = new LinkedHashMap<>();
        if (suspect != null) {
            values.put("suspect", true);
            values.put("suspectCount", Integer.toString(suspect.count()));
            values.put("suspectMinutes", Long.toString(suspect.window().toMinutes()));
            values.put("suspectThreshold", Integer.toString(suspect.threshold()));
        }
        values.put("centreName", centreName(feedback.cnapCode()));
        values.put("centreCode", feedback.cnapCode());
        values.put("visitTime", time(visit != null ? visit.visitedAt() : feedback.startedAt()));
        values.put("service", visit != null ? visit.service() : null);
        values.put("channel", feedback.channel().name());
        String phone = phone(feedback, visit);
        values.put("phone", phone);
        values.put("phoneUnknown", phone == null);
        values.put("callbackConsent", feedback.callbackConsent());
        values.put("comment", feedback.comment());
        values.put("partial", feedback.partial());
        String text = "";
        for (int limit : ANSWER_LIMITS) {
            values.put("answers", answers(feedback, limit));
            text = fit(values, feedback.comment());
            if (text.length() <= ALERT_LIMIT) {
                return text;
            }
        }
        return text.substring(0, ALERT_LIMIT - 1) + "…"; // not met with real surveys; Telegram must not refuse it
    }

    /**
     * The alert, with the comment cut (and said to be) when it does not fit: the phone and the
     * answers below and above it matter more than the end of a long comment.
     */
    private String fit(Map<String, Object> values, @Nullable String comment) {
        values.put("comment", comment);
        values.remove("commentShortened");
        String text = render(MessageName.STAFF_ALERT, values);
        if (text.length() <= ALERT_LIMIT || comment == null) {
            return text;
        }
        values.put("commentShortened", true);
        values.put("commentLength", Integer.toString(comment.length()));
        int over = render(MessageName.STAFF_ALERT, values).length() - ALERT_LIMIT;
        int keep = Math.max(0, comment.length() - over - 1);
        if (keep > 0 && Character.isHighSurrogate(comment.charAt(keep - 1))) {
            keep--;
        }
        values.put("comment", comment.substring(0, keep).stripTrailing() + "…");
        return render(MessageName.STAFF_ALERT, values);
    }

    private List<Map<String, String>> answers(NegativeFeedbackReceived feedback, int limit) {
        return answers.of(feedback).stream()
                .map(answer -> answer.get("answer").length() <= limit
                        ? answer
                        : Map.of(
                                "question",
                                answer.get("question"),
                                "answer",
                                answer.get("answer").substring(0, limit) + "…"))
                .toList();
    }

    /**
     * One line of a folded summary: the centre, when, and the first answers; marked when the
     * response came in a burst, which is when alerts are most often folded.
     */
    String line(NegativeFeedbackReceived feedback, @Nullable Suspicion suspect) {
        String shown = String.join(
                "; ",
                answers.of(feedback).stream()
                        .map(answer -> answer.get("question") + " " + answer.get("answer"))
                        .limit(2)
                        .toList());
        String line = (suspect != null ? SUSPECT_MARK : "") + centreName(feedback.cnapCode()) + ", "
                + time(feedback.receivedAt()) + ": " + shown;
        return line.length() > 90 ? line.substring(0, 89) + "…" : line;
    }

    String noCentreChat(String cnapCode) {
        return render(MessageName.STAFF_NO_CENTRE_CHAT, Map.of("centreName", centreName(cnapCode)));
    }

    /** Put above a message that a scope's chat did not get, in the chat that got it instead. */
    String passedOver(Scope scope, PassedOver why) {
        return render(
                MessageName.STAFF_PASSED_OVER,
                Map.of("scope", scopes.of(scope), why.name().toLowerCase(Locale.ROOT), true));
    }

    /** The alert as posted, with who took and resolved it below. */
    String withStatus(AlertCase c) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (c.takenBy() != null) {
            values.put("takenBy", c.takenBy());
            values.put("takenAt", time(c.takenAt()));
        }
        if (c.resolvedBy() != null) {
            values.put("resolvedBy", c.resolvedBy());
            values.put("resolvedAt", time(c.resolvedAt()));
            values.put("resolution", c.resolution());
        }
        return c.alert() + "\n\n" + render(MessageName.STAFF_CASE_STATUS, values);
    }

    String scope(Scope scope) {
        return scopes.of(scope);
    }

    String time(@Nullable Instant at) {
        return at == null ? "" : TIME.format(at.atZone(hours.zone()));
    }

    String render(MessageName name, Map<String, ?> values) {
        return messages.render(name, StaffLocale.UKRAINIAN, values);
    }

    String centreName(String cnapCode) {
        return cnaps.find(cnapCode).map(Cnap::name).orElse(cnapCode);
    }

    private @Nullable String phone(NegativeFeedbackReceived feedback, @Nullable InvitedVisit visit) {
        String e164 = feedback.contact().kind() == ContactAddress.Kind.TEL
                ? feedback.contact().id()
                : visit != null ? visit.phone() : null;
        if (e164 == null) {
            return null; // a survey opened from a QR code in a messenger has no number
        }
        return feedback.callbackConsent() ? Phones.full(e164) : Phones.masked(e164);
    }
}
