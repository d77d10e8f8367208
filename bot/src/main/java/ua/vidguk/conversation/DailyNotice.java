package ua.vidguk.conversation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Component;
import ua.vidguk.contact.ContactAddress;

/**
 * At most one "you have no open survey" answer per contact per Kyiv day: someone who keeps
 * writing to the number gets one explanation, not a paid SMS for every message. Claimed by
 * inserting a document whose {@code _id} is the contact and the day, so two instances agree.
 */
@Component
class DailyNotice {

    static final String COLLECTION = "no_survey_notices";
    static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");

    private final MongoTemplate mongo;

    DailyNotice(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** @return true for the first call about this contact on this Kyiv day, false afterwards */
    boolean claim(ContactAddress contact, Instant at) {
        LocalDate day = at.atZone(KYIV).toLocalDate();
        try {
            mongo.insert(new NoticeSent(contact.uri() + "@" + day, day.toString(), at));
            return true;
        } catch (DuplicateKeyException alreadyToday) {
            return false;
        }
    }

    /** The day is stored apart so that the retention job can delete old days. */
    @Document(DailyNotice.COLLECTION)
    record NoticeSent(@Id String id, String day, Instant sentAt) {}
}
