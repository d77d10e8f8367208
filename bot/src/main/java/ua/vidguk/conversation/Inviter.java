package ua.vidguk.conversation;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import ua.vidguk.channel.Channel;
import ua.vidguk.contact.ContactAddress;
import ua.vidguk.contact.ContactLinks;
import ua.vidguk.contact.OptOuts;
import ua.vidguk.contact.PhoneNumber;
import ua.vidguk.conversation.Conversations.StartOutcome;
import ua.vidguk.conversation.engine.Session;
import ua.vidguk.conversation.event.InvitedVisit;

/**
 * Invites the visitor behind a phone number where it costs least: in Viber or Telegram if they
 * linked one to the number (in that order), else by SMS. A messenger that refuses the invitation
 * (not subscribed, bot blocked) is followed by the next, and by SMS last. The dispatcher's way in.
 */
@Service
public class Inviter {

    /**
     * @param channel where the invitation went, when it went
     * @param sessionId the conversation it opened, when it did
     */
    public record Invited(
            StartOutcome outcome,
            @Nullable Channel channel,
            @Nullable String sessionId) {}

    private final Conversations conversations;
    private final SessionStore sessions;
    private final ContactLinks links;
    private final OptOuts optOuts;

    Inviter(Conversations conversations, SessionStore sessions, ContactLinks links, OptOuts optOuts) {
        this.conversations = conversations;
        this.sessions = sessions;
        this.links = links;
        this.optOuts = optOuts;
    }

    /**
     * Invites a number to the default survey, with no visit behind it (a test, the simulator).
     *
     * @throws IllegalArgumentException when the centre is not in the registry
     */
    public StartOutcome invite(PhoneNumber phone, String cnapCode) {
        return invite(phone, cnapCode, null, null, RateGate.OPEN).outcome();
    }

    /**
     * Invites the visitor of a reported visit.
     *
     * @param visit kept with the conversation, so that its events carry it; its {@code reference}
     *     is given back by {@link Conversations#reference} for the session, whose events name only
     *     the session
     * @param surveyId the survey to ask; the configured default when null
     * @param gate waited on before each message goes out
     * @throws IllegalArgumentException when the centre is not in the registry
     */
    public Invited invite(InvitedVisit visit, String cnapCode, @Nullable String surveyId, RateGate gate) {
        return invite(PhoneNumber.parseMobile(visit.phone()), cnapCode, surveyId, visit, gate);
    }

    /**
     * Closes what an invitation of this visit left open without sending anything: its instance
     * stopped after opening the conversation and before the first message went out, and the
     * conversation would hold the visitor busy until it expired. Conversations of other visits, or
     * with answers, are left alone.
     */
    public void forgetUnsent(InvitedVisit visit) {
        PhoneNumber phone = PhoneNumber.parseMobile(visit.phone());
        Stream.concat(Stream.of(ContactAddress.tel(phone)), messengers(phone).stream())
                .flatMap(address -> sessions.find(address).stream())
                .filter(active -> active.session().visit() != null
                        && active.session().visit().reference().equals(visit.reference())
                        && active.session().answers().isEmpty())
                .forEach(sessions::close);
    }

    private Invited invite(
            PhoneNumber phone,
            String cnapCode,
            @Nullable String surveyId,
            @Nullable InvitedVisit visit,
            RateGate gate) {
        ContactAddress tel = ContactAddress.tel(phone);
        List<ContactAddress> messengers = messengers(phone);
        if (messengers.isEmpty()) {
            // Most numbers: opening the SMS session checks the opt-out and whether one is held.
            return start(tel, Channel.SMS, cnapCode, surveyId, visit, gate);
        }
        // A STOP by SMS keeps the messengers quiet too.
        if (optOuts.isOptedOut(tel)) {
            return new Invited(StartOutcome.OPTED_OUT, null, null);
        }
        // One survey at a time per visitor, whichever of their addresses it is held at.
        if (Stream.concat(Stream.of(tel), messengers.stream())
                .anyMatch(address -> sessions.find(address).isPresent())) {
            return new Invited(StartOutcome.BUSY, null, null);
        }
        for (ContactAddress messenger : messengers) {
            Invited invited = start(messenger, channelOf(messenger), cnapCode, surveyId, visit, gate);
            if (invited.outcome() != StartOutcome.REFUSED && invited.outcome() != StartOutcome.OPTED_OUT) {
                return invited;
            }
        }
        return start(tel, Channel.SMS, cnapCode, surveyId, visit, gate);
    }

    private Invited start(
            ContactAddress contact,
            Channel channel,
            String cnapCode,
            @Nullable String surveyId,
            @Nullable InvitedVisit visit,
            RateGate gate) {
        var opened = conversations.open(contact, channel, cnapCode, surveyId, visit, Session.INVITATION, gate);
        return new Invited(opened.outcome(), opened.sessionId() == null ? null : channel, opened.sessionId());
    }

    private List<ContactAddress> messengers(PhoneNumber phone) {
        return links.of(phone)
                .map(linked -> Stream.of(linked.viberAddress(), linked.telegramAddress())
                        .flatMap(Optional::stream)
                        .toList())
                .orElse(List.of());
    }

    private static Channel channelOf(ContactAddress messenger) {
        return messenger.kind() == ContactAddress.Kind.VIBER ? Channel.VIBER : Channel.TELEGRAM;
    }
}
