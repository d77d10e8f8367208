package ua.vidguk.channel.telegram;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import ua.vidguk.channel.Channel;
import ua.vidguk.channel.ChannelSender;
import ua.vidguk.channel.Inbox;
import ua.vidguk.channel.MessageReceived;
import ua.vidguk.channel.MessengerOpened;
import ua.vidguk.channel.OutboundMessage;
import ua.vidguk.contact.ContactAddress;
import ua.vidguk.contact.ContactLinks;
import ua.vidguk.contact.InvalidPhoneNumber;
import ua.vidguk.contact.PhoneNumber;
import ua.vidguk.message.MessageName;
import ua.vidguk.message.Messages;

/**
 * Every update from Telegram, by webhook or long polling. Private chats are visitors' surveys,
 * handled here; group chats are staff chats, handed to {@link StaffUpdates}. Each is recorded in the {@link Inbox} under its update id
 * (a tap under its callback id) before anything happens, so a redelivered update changes nothing;
 * a failure removes the record and is thrown, so that the redelivery is taken in.
 */
@Component
class TelegramUpdates {

    private static final Logger log = LoggerFactory.getLogger(TelegramUpdates.class);
    private static final String START = "/start";

    private final Inbox inbox;
    private final ContactLinks links;
    private final Messages messages;
    private final ChannelSender sender;
    private final TappedButtons taps;
    private final StaffUpdates staff;
    private final Clock clock;

    TelegramUpdates(
            Inbox inbox,
            ContactLinks links,
            Messages messages,
            List<ChannelSender> senders,
            TappedButtons taps,
            StaffUpdates staff,
            Clock clock) {
        this.inbox = inbox;
        this.links = links;
        this.messages = messages;
        this.sender = senders.stream()
                .filter(candidate -> candidate.channel() == Channel.TELEGRAM)
                .findFirst()
                .orElseThrow();
        this.taps = taps;
        this.staff = staff;
        this.clock = clock;
    }

    void handle(Update update) {
        if (update.hasCallbackQuery()) {
            tapped(update.getCallbackQuery());
            return;
        }
        Message message = update.getMessage();
        if (message != null && StaffUpdates.isGroup(message.getChat())) {
            staff.message(update.getUpdateId(), message);
            return;
        }
        if (message == null || !isPrivate(message.getChat())) {
            log.debug("Ignored Telegram update {}: not a message in a private chat", update.getUpdateId());
            return;
        }
        var contact = ContactAddress.telegram(message.getChatId());
        String id = update.getUpdateId().toString();
        Instant now = clock.instant();
        if (message.hasContact()) {
            sharedPhone(message, new MessageReceived(Channel.TELEGRAM, id, contact, "(contact)", now));
        } else if (message.hasText()) {
            // Opening the bot from a link is not a reply.
            startPayload(message.getText())
                    .ifPresentOrElse(
                            payload -> inbox.receive(new MessengerOpened(Channel.TELEGRAM, id, contact, payload, now)),
                            () -> inbox.receive(
                                    new MessageReceived(Channel.TELEGRAM, id, contact, message.getText(), now)));
        }
    }

    /** A tap is the button's payload sent as a reply; the engine ignores a tap on an old question. */
    private void tapped(CallbackQuery query) {
        if (query.getData() != null
                && query.getMessage() instanceof Message pressed
                && StaffUpdates.isGroup(pressed.getChat())) {
            staff.pressed(query, pressed); // answered by whoever handles the press, with a notice
            return;
        }
        try {
            if (query.getData() == null
                    || !(query.getMessage() instanceof Message tapped)
                    || !isPrivate(tapped.getChat())) {
                return;
            }
            var contact = ContactAddress.telegram(tapped.getChatId());
            var received = new MessageReceived(
                    Channel.TELEGRAM, "cb:" + query.getId(), contact, query.getData(), clock.instant());
            if (inbox.receive(received)) {
                taps.showChoice(tapped, query.getData());
            }
        } finally {
            taps.acknowledge(query.getId());
        }
    }

    /** Only the visitor's own number counts: a forwarded contact card is someone else's. */
    private void sharedPhone(Message message, MessageReceived received) {
        var shared = message.getContact();
        if (message.getFrom() == null || !message.getFrom().getId().equals(shared.getUserId())) {
            log.debug("Ignored a contact card in chat {} that is not the sender's own", received.from());
            return;
        }
        PhoneNumber phone;
        try {
            String number = shared.getPhoneNumber();
            phone = PhoneNumber.parseMobile(number.startsWith("+") ? number : "+" + number);
        } catch (InvalidPhoneNumber | NullPointerException e) {
            log.debug("Ignored a shared phone number in chat {}: not a mobile number", received.from());
            return;
        }
        if (!inbox.record(received)) {
            return;
        }
        links.link(phone, received.from(), received.receivedAt());
        String text = messages.render(MessageName.PHONE_LINKED, "uk", Map.of());
        sender.send(new OutboundMessage(UUID.randomUUID().toString(), received.from(), text, List.of()));
    }

    /** The payload of {@code /start}, {@code /start <payload>} or {@code /start@bot <payload>}. */
    static Optional<String> startPayload(String text) {
        String stripped = text.strip();
        if (!stripped.startsWith(START)) {
            return Optional.empty();
        }
        String rest = stripped.substring(START.length());
        if (rest.startsWith("@")) {
            int space = rest.indexOf(' ');
            rest = space < 0 ? "" : rest.substring(space);
        }
        if (!rest.isEmpty() && !Character.isWhitespace(rest.charAt(0))) {
            return Optional.empty(); // "/startle" is text, not the command
        }
        return Optional.of(rest.strip());
    }

    private static boolean isPrivate(Chat chat) {
        return chat != null && "private".equals(chat.getType());
    }
}
