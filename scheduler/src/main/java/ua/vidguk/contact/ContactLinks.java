package ua.vidguk.contact;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Which messenger identities are proven to belong to the person behind a phone number: Telegram's
 * own-contact button (the contact's user is the sender), or a visit link sent by SMS to that number
 * and opened in the messenger. Bots cannot write to a phone number, so this is the only way a later
 * invitation can go to a messenger (free) instead of SMS (paid), and how a STOP in one place keeps
 * the person out of every survey. One document per phone number ({@code contact_links}) and one per
 * messenger identity naming its phone ({@code messenger_phones}), each changed by its {@code _id}.
 *
 * <p>Personal data: kept while the person may be invited; a link not made again for a while is
 * forgotten by {@link LinkRetention}.
 */
@org.springframework.stereotype.Component
public class ContactLinks {

    private final MongoOperations mongo;

    public ContactLinks(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /**
     * Links a messenger identity to a phone number its holder proved to have; a newer link replaces
     * an older one of the same messenger. The caller must hold the proof: never link a number a
     * message merely names.
     */
    public void link(PhoneNumber phone, ContactAddress messenger, Instant at) {
        String field = switch (messenger.kind()) {
            case VIBER -> "viber";
            case TELEGRAM -> "telegram";
            case TEL, WEB -> throw new IllegalArgumentException("Only a messenger identity links to a number");
        };
        mongo.findAndModify(
                Query.query(Criteria.where("_id").is(ContactAddress.tel(phone).uri())),
                new Update().set(field, messenger.id()).set(field + "LinkedAt", at),
                FindAndModifyOptions.options().upsert(true),
                Links.class);
        // The way back, for a STOP that arrives in the messenger. Written second: a link without it
        // only misses that way until the next link, while the reverse alone would link nothing.
        mongo.findAndModify(
                Query.query(Criteria.where("_id").is(messenger.uri())),
                new Update().set("phone", ContactAddress.tel(phone).uri()).set("linkedAt", at),
                FindAndModifyOptions.options().upsert(true),
                PhoneOf.class);
    }

    /** The phone number a messenger identity was proven to belong to, if any. */
    public Optional<PhoneNumber> phoneOf(ContactAddress messenger) {
        return Optional.ofNullable(mongo.findById(messenger.uri(), PhoneOf.class))
                .map(found -> ContactAddress.parse(found.phone()).phoneNumber());
    }

    /**
     * Every address known to be the person's: the address itself, the phone number behind it, and
     * the messengers linked to that number. At most two reads by {@code _id}.
     */
    public Set<ContactAddress> person(ContactAddress address) {
        Set<ContactAddress> known = new LinkedHashSet<>();
        known.add(address);
        Optional<PhoneNumber> phone =
                address.kind() == ContactAddress.Kind.TEL ? Optional.of(address.phoneNumber()) : phoneOf(address);
        phone.ifPresent(number -> {
            known.add(ContactAddress.tel(number));
            of(number).ifPresent(linked -> {
                linked.viberAddress().ifPresent(known::add);
                linked.telegramAddress().ifPresent(known::add);
            });
        });
        return known;
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
    /** A messenger identity's proven phone number, {@code tel:+380…}. */
    @Document(LinkRetention.PHONES)
    record PhoneOf(@Id String messenger, String phone, Instant linkedAt) {}

    @Document(LinkRetention.LINKS)
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
