package ua.vidguk.channel.telegram;

import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import ua.vidguk.channel.Channel;
import ua.vidguk.channel.Inbox;
import ua.vidguk.channel.MessageReceived;
import ua.vidguk.channel.StaffButtonPressed;
import ua.vidguk.channel.StaffChatMessageReceived;
import ua.vidguk.contact.ContactAddress;

/**
 * Updates from group chats, where staff work: text becomes {@link StaffChatMessageReceived}, a
 * pressed button {@link StaffButtonPressed}. Each is recorded in the {@link Inbox} first, so a
 * redelivered update is dropped; a listener's failure removes the record and is thrown, so that
 * the redelivery is taken in. Other bots (and this one) are not staff.
 */
@Component
class StaffUpdates {

    private final Inbox inbox;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StaffUpdates(Inbox inbox, ApplicationEventPublisher events, Clock clock) {
        this.inbox = inbox;
        this.events = events;
        this.clock = clock;
    }

    void message(int updateId, Message message) {
        if (!message.hasText()
                || message.getFrom() == null
                || Boolean.TRUE.equals(message.getFrom().getIsBot())) {
            return;
        }
        var received = new MessageReceived(
                Channel.TELEGRAM,
                Integer.toString(updateId),
                ContactAddress.telegram(message.getChatId()),
                redacted(message.getText()),
                clock.instant());
        var reply = message.getReplyToMessage();
        publishOnce(
                received,
                new StaffChatMessageReceived(
                        message.getChatId(),
                        message.getMessageId(),
                        message.getFrom().getId(),
                        name(message.getFrom()),
                        reply == null ? null : reply.getMessageId(),
                        message.getText(),
                        received.receivedAt()));
    }

    void pressed(CallbackQuery query, Message pressed) {
        var received = new MessageReceived(
                Channel.TELEGRAM,
                "cb:" + query.getId(),
                ContactAddress.telegram(pressed.getChatId()),
                query.getData(),
                clock.instant());
        publishOnce(
                received,
                new StaffButtonPressed(
                        query.getId(),
                        pressed.getChatId(),
                        pressed.getMessageId(),
                        query.getFrom().getId(),
                        name(query.getFrom()),
                        query.getData(),
                        received.receivedAt()));
    }

    private void publishOnce(MessageReceived received, Object event) {
        if (!inbox.record(received)) {
            return;
        }
        try {
            events.publishEvent(event);
        } catch (RuntimeException e) {
            inbox.forget(received);
            throw e;
        }
    }

    /** The inbox keeps what was written; a one-time code is a credential, kept out of it. */
    static String redacted(String text) {
        String stripped = text.strip();
        return stripped.toLowerCase(java.util.Locale.ROOT).startsWith("/link") ? "/link (code hidden)" : text;
    }

    static String name(User user) {
        String full = (user.getFirstName() + " " + (user.getLastName() == null ? "" : user.getLastName())).strip();
        if (!full.isEmpty()) {
            return full;
        }
        return user.getUserName() == null ? "id " + user.getId() : "@" + user.getUserName();
    }

    static boolean isGroup(org.telegram.telegrambots.meta.api.objects.chat.Chat chat) {
        return chat != null && ("group".equals(chat.getType()) || "supergroup".equals(chat.getType()));
    }
}
