package ua.vidguk.alert;

import java.util.OptionalLong;
import org.springframework.stereotype.Service;
import ua.vidguk.cnap.CnapRegistry;

/**
 * The staff chats as other features see them: a one-time link code for a centre's group, and
 * which Telegram chat a centre's alerts go to. The console's simulated staff group links itself
 * with these, through the same {@code /link} a real group's admin sends.
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

    /** The chat a centre's alerts go to, when one is linked. */
    public OptionalLong centreChat(String cnapCode) {
        return chats.chatOf(Scope.cnap(cnapCode));
    }
}
