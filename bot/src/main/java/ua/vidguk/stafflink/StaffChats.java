package ua.vidguk.stafflink;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Component;

/**
 * Which Telegram group is each scope's staff chat: one document per scope, {@code _id} = the
 * scope's key, so finding a scope's chat is a lookup by {@code _id}. A chat may hold several scopes; a
 * scope has one chat (linking another replaces it). Read from the database every time, not cached:
 * several instances share it, and a scope is a few hundred bytes.
 */
@Component
class StaffChats {

    private final MongoTemplate mongo;

    StaffChats(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Document("staff_chats")
    record StaffChat(@Id String scope, long chatId, Instant linkedAt) {}

    void link(Scope scope, long chatId, Instant at) {
        mongo.save(new StaffChat(scope.key(), chatId, at));
    }

    /** @return the scopes the chat held; scans the collection, which only commands do */
    List<Scope> unlink(long chatId) {
        return mongo.findAllAndRemove(query(where("chatId").is(chatId)), StaffChat.class).stream()
                .map(chat -> Scope.parse(chat.scope()))
                .toList();
    }

    OptionalLong chatOf(Scope scope) {
        return Optional.ofNullable(mongo.findById(scope.key(), StaffChat.class))
                .map(chat -> OptionalLong.of(chat.chatId()))
                .orElse(OptionalLong.empty());
    }

    /** Scans the collection: for commands and summaries, not for each message. */
    List<Scope> scopesOf(long chatId) {
        return mongo.find(query(where("chatId").is(chatId)), StaffChat.class).stream()
                .map(chat -> Scope.parse(chat.scope()))
                .toList();
    }

    /** Every centre chat, for the daily summary (once a day). */
    List<LinkedChat> centreChats() {
        return mongo.find(query(where("_id").regex("^cnap:")), StaffChat.class).stream()
                .map(chat -> new LinkedChat(Scope.parse(chat.scope()), chat.chatId()))
                .toList();
    }
}
