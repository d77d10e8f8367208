package ua.vidguk.conversation;

import java.util.Locale;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import ua.vidguk.contact.OptOuts;
import ua.vidguk.conversation.event.OptedIn;
import ua.vidguk.conversation.event.OptedOut;

/** Makes an opt-out word, or a provider's report of one, binding for every future invitation. */
@Component
class OptOutRecorder {

    private final OptOuts optOuts;

    OptOutRecorder(OptOuts optOuts) {
        this.optOuts = optOuts;
    }

    @EventListener
    void on(OptedOut optedOut) {
        optOuts.optOut(optedOut.contact(), optedOut.channel().name().toLowerCase(Locale.ROOT), optedOut.optedOutAt());
    }

    @EventListener
    void on(OptedIn optedIn) {
        optOuts.optIn(optedIn.contact());
    }
}
