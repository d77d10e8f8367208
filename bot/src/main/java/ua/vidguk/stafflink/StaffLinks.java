package ua.vidguk.stafflink;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.stereotype.Service;
import ua.vidguk.cnap.CnapRegistry;

/**
 * The staff chats as other features see them: which Telegram chat a scope's messages go to (and
 * whether the bot can still write there), which scopes a chat serves, and a one-time link code for
 * a centre's group. What a sender learns from Telegram about a chat (it moved, it is closed to the
 * bot) is told back here. Read from the database
 * every time (several instances link and unlink). The console's simulated staff group links
 * itself with these, through the same {@code /link} a real group's admin sends.
 */
@Service
public class StaffLinks {

    private final LinkCodes codes;
    private final StaffChats chats;
    private final CnapRegistry cnaps;

    StaffLinks(LinkCodes codes, StaffChats chats, CnapRegistry cnaps) {
        this.codes = codes;
        this.chats = chats;
        this.cnaps = cnaps;
    }

    /**
     * @return a new code for {@code /link}: personal to whoever receives it, never to be logged
     * @throws IllegalArgumentException when the centre is not in the registry
     */
    public String issueCentreCode(String cnapCode) {
        if (cnaps.find(cnapCode).isEmpty()) {
            throw new IllegalArgumentException("No centre with code " + cnapCode);
        }
        return codes.issue(Scope.cnap(cnapCode)).code();
    }

    /** The centre's own staff chat, when one is linked. */
    public OptionalLong centreChat(String cnapCode) {
        return chatOf(Scope.cnap(cnapCode));
    }

    /** The scope's chat, when one is linked: one read by {@code _id}, cheap enough for each message. */
    public OptionalLong chatOf(Scope scope) {
        return chats.chatOf(scope);
    }

    /** The scope's link, usable or not, when there is one: one read by {@code _id}. */
    public Optional<LinkedChat> linkOf(Scope scope) {
        return chats.linkOf(scope);
    }

    /**
     * The group was upgraded to a supergroup (Telegram gave its new id): every scope it served
     * follows it, each link changed on its own.
     *
     * @return the scopes that moved; none when another caller moved them first
     */
    public List<Scope> chatMoved(long from, long to) {
        return chats.moved(from, to);
    }

    /**
     * The bot can no longer write to the chat: each scope it serves is marked unusable, with when
     * and why, until the chat is linked again with {@code /link}.
     *
     * @return the scopes newly marked; none when they were already
     */
    public List<Scope> chatUnusable(long chatId, String reason, Instant at) {
        return chats.unusable(chatId, reason, at);
    }

    /** The scopes a chat serves; scans the collection, so for commands and summaries only. */
    public List<Scope> scopesOf(long chatId) {
        return chats.scopesOf(chatId);
    }

    /** Every centre's chat (a group serving several centres appears once for each). */
    public List<LinkedChat> centreChats() {
        return chats.centreChats();
    }

    /** Every region's chat (a group serving several regions appears once for each). */
    public List<LinkedChat> regionChats() {
        return chats.regionChats();
    }
}
