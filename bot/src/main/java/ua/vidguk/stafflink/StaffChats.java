package ua.vidguk.stafflink;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Which Telegram group is each scope's staff chat: one document per scope, {@code _id} = the
 * scope's key, so finding a scope's chat is a lookup by {@code _id}. A chat may hold several scopes; a
 * scope has one chat (linking another replaces it). Read from the database every time, not cached:
 * several instances share it, and a scope is a few hundred bytes. A chat that moved or became
 * unusable is changed one document at a time, each with the chat id it expects in its filter, so
 * a concurrent {@code /link} elsewhere is never overwritten.
 */
@Component
class StaffChats {

    private final MongoTemplate mongo;

    StaffChats(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Document("staff_chats")
    record StaffChat(
            @Id String scope,
            long chatId,
            Instant linkedAt,
            @Nullable Instant unusableSince,
            @Nullable String unusableReason) {

        LinkedChat linked() {
            return new LinkedChat(Scope.parse(scope), chatId, unusableSince, unusableReason);
        }
    }

    void link(Scope scope, long chatId, Instant at) {
        mongo.save(new StaffChat(scope.key(), chatId, at, null, null));
        // An administrator linked from the group, so the bot is back in it: every scope it serves is usable again.
        change(
                chatId,
                where("chatId").is(chatId).and("unusableSince").ne(null),
                new Update().unset("unusableSince").unset("unusableReason"));
    }

    /** The group became a supergroup with a new id: each scope it served follows. */
    List<Scope> moved(long from, long to) {
        return change(from, where("chatId").is(from), new Update().set("chatId", to));
    }

    /** The bot can no longer write to the chat; @return the scopes newly marked so */
    List<Scope> unusable(long chatId, String reason, Instant at) {
        return change(
                chatId,
                where("chatId").is(chatId).and("unusableSince").isNull(),
                new Update().set("unusableSince", at).set("unusableReason", reason));
    }

    /** @return the scopes the chat held; scans the collection, which only commands do */
    List<Scope> unlink(long chatId) {
        return mongo.findAllAndRemove(query(where("chatId").is(chatId)), StaffChat.class).stream()
                .map(chat -> Scope.parse(chat.scope()))
                .toList();
    }

    OptionalLong chatOf(Scope scope) {
        return linkOf(scope).map(chat -> OptionalLong.of(chat.chatId())).orElse(OptionalLong.empty());
    }

    Optional<LinkedChat> linkOf(Scope scope) {
        return Optional.ofNullable(mongo.findById(scope.key(), StaffChat.class)).map(StaffChat::linked);
    }

    /** Scans the collection: for commands and summaries, not for each message. */
    List<Scope> scopesOf(long chatId) {
        return mongo.find(query(where("chatId").is(chatId)), StaffChat.class).stream()
                .map(chat -> Scope.parse(chat.scope()))
                .toList();
    }

    /** Every centre chat, for the daily summary (once a day). */
    List<LinkedChat> centreChats() {
        return linked("^cnap:");
    }

    /** Every region chat, for the weekly digest (once a week). */
    List<LinkedChat> regionChats() {
        return linked("^region:");
    }

    private List<LinkedChat> linked(String idPattern) {
        return mongo.find(query(where("_id").regex(idPattern)), StaffChat.class).stream()
                .map(StaffChat::linked)
                .toList();
    }

    /** Scans for the chat's scopes (a command's or a failure's rare cost), then changes each by {@code _id}. */
    private List<Scope> change(long chatId, Criteria expected, Update update) {
        List<Scope> changed = new ArrayList<>();
        for (StaffChat chat : mongo.find(query(where("chatId").is(chatId)), StaffChat.class)) {
            if (mongo.findAndModify(query(where("_id").is(chat.scope())).addCriteria(expected), update, StaffChat.class)
                    != null) {
                changed.add(Scope.parse(chat.scope()));
            }
        }
        return changed;
    }
}
