package ua.vidguk.channel.telegram;

import tools.jackson.databind.node.ObjectNode;

/** Updates as Telegram posts them, built as JSON so that the test also checks their parsing. */
final class Updates {

    static String text(long updateId, long chatId, String text) {
        ObjectNode update = update(updateId);
        message(update.putObject("message"), chatId, "private").put("text", text);
        return update.toString();
    }

    static String inGroup(long updateId, long chatId, String text) {
        ObjectNode update = update(updateId);
        message(update.putObject("message"), chatId, "supergroup").put("text", text);
        return update.toString();
    }

    /** The visitor shares a contact card: their own when {@code userId} is the chat's user. */
    static String contact(long updateId, long chatId, long userId, String phone) {
        ObjectNode update = update(updateId);
        ObjectNode contact =
                message(update.putObject("message"), chatId, "private").putObject("contact");
        contact.put("phone_number", phone).put("first_name", "Оксана").put("user_id", userId);
        return update.toString();
    }

    /** A tap on one of the buttons of a message the bot sent. */
    static String tap(long updateId, String callbackId, FakeTelegram.Sent tapped, String data) {
        ObjectNode update = update(updateId);
        ObjectNode query = update.putObject("callback_query");
        query.put("id", callbackId).put("chat_instance", "42").put("data", data);
        user(query.putObject("from"), tapped.chatId());
        ObjectNode message = message(query.putObject("message"), tapped.chatId(), "private");
        message.put("message_id", tapped.messageId()).put("text", tapped.text());
        message.putObject("reply_markup").set("inline_keyboard", tapped.keyboard());
        return update.toString();
    }

    private static ObjectNode update(long updateId) {
        return FakeTelegram.JSON.createObjectNode().put("update_id", updateId);
    }

    private static ObjectNode message(ObjectNode message, long chatId, String chatType) {
        message.put("message_id", 7).put("date", 1764000000);
        message.putObject("chat").put("id", chatId).put("type", chatType);
        user(message.putObject("from"), chatId);
        return message;
    }

    private static void user(ObjectNode user, long id) {
        user.put("id", id).put("is_bot", false).put("first_name", "Оксана");
    }

    private Updates() {}
}
