package ua.vidguk.conversation;

import java.util.Locale;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import ua.vidguk.contact.ContactAddress;
import ua.vidguk.contact.ContactLinks;
import ua.vidguk.contact.OptOuts;
import ua.vidguk.conversation.event.OptedIn;
import ua.vidguk.conversation.event.OptedOut;

/**
 * Makes an opt-out word binding for every future invitation of the person, wherever they said it:
 * a STOP in Telegram also opts out the phone number and the Viber account proven to be theirs
 * ({@link ContactLinks#person}), so that no invitation falls back to another channel. START undoes
 * it the same way. Idempotent: an end heard again opts out what already is.
 */
@Component
class OptOutRecorder {

    private final OptOuts optOuts;
    private final ContactLinks links;

    OptOutRecorder(OptOuts optOuts, ContactLinks links) {
        this.optOuts = optOuts;
        this.links = links;
    }

    @EventListener
    void on(OptedOut optedOut) {
        String source = optedOut.channel().name().toLowerCase(Locale.ROOT);
        for (ContactAddress address : links.person(optedOut.contact())) {
            optOuts.optOut(address, source, optedOut.optedOutAt());
        }
    }

    @EventListener
    void on(OptedIn optedIn) {
        links.person(optedIn.contact()).forEach(optOuts::optIn);
    }
}
