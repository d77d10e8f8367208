package ua.vidguk.alert;

import java.time.Clock;
import java.time.Instant;
import java.util.OptionalLong;
import org.springframework.stereotype.Component;
import ua.vidguk.stafflink.Scope;
import ua.vidguk.stafflink.StaffLinks;

/**
 * Finds the chat for a case's alert: the centre's, else the region's (marked so), else none yet:
 * the case waits, and is routed again when a chat is linked or at the next sweep.
 */
@Component
class Router {

    private final StaffLinks links;
    private final Outbox outbox;
    private final OutboxDrain drain;
    private final AlertTexts texts;
    private final Clock clock;

    Router(StaffLinks links, Outbox outbox, OutboxDrain drain, AlertTexts texts, Clock clock) {
        this.links = links;
        this.outbox = outbox;
        this.drain = drain;
        this.texts = texts;
        this.clock = clock;
    }

    /** @return whether a chat was found (the alert is queued for it, or was before) */
    boolean route(AlertCase c) {
        Scope centre = Scope.cnap(c.cnapCode());
        OptionalLong chat = links.chatOf(centre);
        Scope scope = centre;
        String text = c.alert();
        if (chat.isEmpty() && c.region() != null) {
            scope = Scope.region(c.region());
            chat = links.chatOf(scope);
            text = texts.noCentreChat(c.cnapCode()) + "\n\n" + c.alert();
        }
        if (chat.isEmpty()) {
            return false;
        }
        queue("alert:" + c.id(), chat.getAsLong(), scope, c, text, true);
        return true;
    }

    /** Queues a message about a case for a scope's chat; false when the scope has no chat. */
    boolean note(String id, Scope scope, AlertCase c, String text) {
        OptionalLong chat = links.chatOf(scope);
        chat.ifPresent(chatId -> queue(id, chatId, scope, c, text, false));
        return chat.isPresent();
    }

    private void queue(String id, long chatId, Scope scope, AlertCase c, String text, boolean buttons) {
        Instant now = clock.instant();
        outbox.queue(new Outbox.Item(id, chatId, scope.key(), c.id(), text, c.line(), buttons, now, now, null));
        drain.kick(chatId);
    }
}
