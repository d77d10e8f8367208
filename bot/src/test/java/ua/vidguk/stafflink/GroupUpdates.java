package ua.vidguk.stafflink;

import tools.jackson.databind.node.ObjectNode;

/** Updates from staff groups, as Telegram posts them. */
public final class GroupUpdates {

    public static String text(long updateId, long chatId, long userId, String text) {
        return message(updateId, chatId, userId, text, null);
    }

    public static String reply(long updateId, long chatId, long userId, String text, int replyTo) {
        return message(updateId, chatId, userId, text, replyTo);
    }

    public static String press(long updateId, String callbackId, long chatId, int messageId, long userId, String data) {
        ObjectNode update = StaffTelegramFake.JSON.createObjectNode().put("update_id", updateId);
        ObjectNode query = update.putObject("callback_query");
        query.put("id", callbackId).put("chat_instance", "42").put("data", data);
        user(query.putObject("from"), userId);
        ObjectNode message = query.putObject("message");
        message.put("message_id", messageId).put("date", 1764000000).put("text", "alert");
        message.putObject("chat").put("id", chatId).put("type", "supergroup");
        return update.toString();
    }

    private static String message(long updateId, long chatId, long userId, String text, Integer replyTo) {
        ObjectNode update = StaffTelegramFake.JSON.createObjectNode().put("update_id", updateId);
        ObjectNode message = update.putObject("message");
        message.put("message_id", (int) (updateId % 1_000_000))
                .put("date", 1764000000)
                .put("text", text);
        message.putObject("chat").put("id", chatId).put("type", "supergroup");
        user(message.putObject("from"), userId);
        if (replyTo != null) {
            ObjectNode original = message.putObject("reply_to_message");
            original.put("message_id", replyTo).put("date", 1764000000).put("text", "?");
            original.putObject("chat").put("id", chatId).put("type", "supergroup");
        }
        return update.toString();
    }

    private static void user(ObjectNode user, long id) {
        user.put("id", id)
                .put("is_bot", false)
                .put("first_name", id < StaffTelegramFake.FIRST_MEMBER ? "Оксана" : "Петро");
    }

    private GroupUpdates() {}
}
