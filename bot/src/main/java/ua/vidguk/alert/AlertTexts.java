package ua.vidguk.alert;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import ua.vidguk.cnap.Cnap;
import ua.vidguk.cnap.CnapRegistry;
import ua.vidguk.contact.ContactAddress;
import ua.vidguk.conversation.event.InvitedVisit;
import ua.vidguk.conversation.event.NegativeFeedbackReceived;
import ua.vidguk.message.MessageName;
import ua.vidguk.message.Messages;
import ua.vidguk.stafflink.Scope;
import ua.vidguk.stafflink.ScopeNames;

/** Every text staff see, rendered in Ukrainian from the message templates. */
@Component
class AlertTexts {

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

    String alert(NegativeFeedbackReceived feedback) {
        InvitedVisit visit = feedback.visit();
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("centreName", centreName(feedback.cnapCode()));
        values.put("centreCode", feedback.cnapCode());
        values.put("visitTime", time(visit != null ? visit.visitedAt() : feedback.startedAt()));
        values.put("service", visit != null ? visit.service() : null);
        values.put("channel", feedback.channel().name());
        String phone = phone(feedback, visit);
        values.put("phone", phone);
        values.put("phoneUnknown", phone == null);
        values.put("callbackConsent", feedback.callbackConsent());
        values.put("answers", answers.of(feedback));
        values.put("comment", feedback.comment());
        values.put("partial", feedback.partial());
        return render(MessageName.STAFF_ALERT, values);
    }

    /** One line of a folded summary: the centre, when, and the first answers. */
    String line(NegativeFeedbackReceived feedback) {
        String shown = String.join(
                "; ",
                answers.of(feedback).stream()
                        .map(answer -> answer.get("question") + " " + answer.get("answer"))
                        .limit(2)
                        .toList());
        String line = centreName(feedback.cnapCode()) + ", " + time(feedback.receivedAt()) + ": " + shown;
        return line.length() > 90 ? line.substring(0, 89) + "…" : line;
    }

    String noCentreChat(String cnapCode) {
        return render(MessageName.STAFF_NO_CENTRE_CHAT, Map.of("centreName", centreName(cnapCode)));
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
