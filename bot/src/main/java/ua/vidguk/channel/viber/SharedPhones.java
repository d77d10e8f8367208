package ua.vidguk.channel.viber;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import ua.vidguk.channel.ChannelSender;
import ua.vidguk.channel.OutboundMessage;
import ua.vidguk.contact.ContactAddress;
import ua.vidguk.contact.ContactLinks;
import ua.vidguk.contact.InvalidPhoneNumber;
import ua.vidguk.contact.PhoneNumber;
import ua.vidguk.message.MessageName;
import ua.vidguk.message.Messages;

/**
 * A contact sent in Viber. Unlike Telegram's, Viber's contact message does not say whose number it
 * is: a share-phone tap and a forwarded contact card look the same, so a number sent here proves
 * nothing and links nothing (anyone could otherwise take over a stranger's later invitations). A
 * Viber account is linked to a number only by a visit link sent by SMS to it and opened here; a
 * contact with that proven number is acknowledged once.
 */
@Component
class SharedPhones {

    private static final Logger log = LoggerFactory.getLogger(SharedPhones.class);

    private final ContactLinks links;
    private final ViberClaims claims;
    private final Messages messages;
    private final ChannelSender sender;

    SharedPhones(
            ContactLinks links, ViberClaims claims, Messages messages, @Qualifier("viberSender") ChannelSender sender) {
        this.links = links;
        this.claims = claims;
        this.messages = messages;
        this.sender = sender;
    }

    void shared(String messageToken, ContactAddress from, String phone, Instant at) {
        PhoneNumber number;
        try {
            number = PhoneNumber.parseMobile(phone);
        } catch (InvalidPhoneNumber e) {
            log.info("{} shared a phone number that is not a mobile number; not linked", from);
            return;
        }
        if (!links.phoneOf(from).map(number::equals).orElse(false)) {
            log.info(
                    "{} sent the number {} in Viber without proof that it is theirs; not linked",
                    from,
                    number.masked());
            return;
        }
        if (!claims.claim(messageToken, from, "contact", at)) {
            return;
        }
        // The visitor's survey language is not known here; the default texts are Ukrainian.
        String text = messages.render(MessageName.PHONE_LINKED, "viber", "uk", Map.of());
        sender.send(new OutboundMessage("phone-linked-" + UUID.randomUUID(), from, text, List.of()));
    }
}
