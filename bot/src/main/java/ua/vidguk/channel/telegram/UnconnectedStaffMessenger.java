package ua.vidguk.channel.telegram;

import java.time.Duration;
import java.util.List;
import ua.vidguk.channel.Button;
import ua.vidguk.channel.StaffMessenger;
import ua.vidguk.channel.StaffPost;

/**
 * Staff chats without a bot token: nothing can be sent, so every message waits (and is visible to
 * coordinators through the cases API) until the application runs with a token.
 */
final class UnconnectedStaffMessenger implements StaffMessenger {

    private static final Duration RETRY = Duration.ofMinutes(1);

    @Override
    public StaffPost post(long chatId, String text, List<Button> buttons) {
        return new StaffPost.Later(RETRY, "no bot token");
    }

    @Override
    public StaffPost askForReply(long chatId, int replyTo, String text, long userId, String userName) {
        return new StaffPost.Later(RETRY, "no bot token");
    }

    @Override
    public void edit(long chatId, int messageId, String text, List<Button> buttons) {}

    @Override
    public void answer(String callbackQueryId, String text) {}

    @Override
    public boolean isAdministrator(long chatId, long userId) {
        return false;
    }
}
