package ua.vidguk.contact;

import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Which messenger identities a visitor linked to their phone number, by sharing it from a Viber or
 * Telegram keyboard button. Bots cannot write to a phone number, so this is the only way a later
 * invitation can go to a messenger (free) instead of SMS (paid). One document per phone number,
 * changed by {@code findAndModify} on its {@code _id}.
 */
@org.springframework.stereotype.Component
public class ContactLinks {

    private final MongoOperations mongo;

    public ContactLinks(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /**
     * Links a messenger identity to the phone number it shared; a newer share replaces an older
     * one of the same messenger.
     */
    public void link(PhoneNumber phone, ContactAddress messenger, Instant at) {
        String field = switch (messenger.kind()) {
            case VIBER -> "viber";
            case TELEGRAM -> "telegram";
            case TEL -> throw new IllegalArgumentException("A phone number is not a messenger identity");
        };
        mongo.findAndModify(
                Query.query(Criteria.where("_id").is(ContactAddress.tel(phone).uri())),
                new Update().set(field, messenger.id()).set(field + "LinkedAt", at),
                FindAndModifyOptions.options().upsert(true),
                Links.class);
    }

    /** The identities linked to a phone number, if any. */
    public Optional<Links> of(PhoneNumber phone) {
        return Optional.ofNullable(mongo.findById(ContactAddress.tel(phone).uri(), Links.class));
    }

    /**
     * @param phone the phone number's address, {@code tel:+380…}
     * @param viber the Viber user id, if linked
     * @param telegram the Telegram chat id, if linked
     */
    @Document("contact_links")
    public record Links(
            @Id String phone,
            @Nullable String viber,
            @Nullable Instant viberLinkedAt,
            @Nullable String telegram,
            @Nullable Instant telegramLinkedAt) {

        public Optional<ContactAddress> viberAddress() {
            return Optional.ofNullable(viber).map(ContactAddress::viber);
        }

        public Optional<ContactAddress> telegramAddress() {
            return Optional.ofNullable(telegram).map(id -> ContactAddress.telegram(Long.parseLong(id)));
        }
    }
}
