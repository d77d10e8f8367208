package ua.vidguk.contact;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Component;

/**
 * Who must not be surveyed. A visitor who sends STOP (or whose provider reports them opted out) is
 * never invited again, on any channel, until they send START. Checked when an invitation is sent,
 * not only when a visit is reported.
 */
@Component
public class OptOuts {

    private final MongoOperations mongo;

    public OptOuts(MongoOperations mongo) {
        this.mongo = mongo;
    }

    public boolean isOptedOut(ContactAddress contact) {
        // A look by _id, not exists(): that counts, which costs more on the embedded database.
        return mongo.findById(contact.uri(), OptOut.class) != null;
    }

    /** Which of these contacts opted out, in one read (their stored forms, e.g. {@code tel:+380…}). */
    public Set<String> optedOut(Collection<ContactAddress> contacts) {
        if (contacts.isEmpty()) {
            return Set.of();
        }
        var ids = contacts.stream().map(ContactAddress::uri).distinct().toList();
        return mongo.find(query(where("_id").in(ids)), OptOut.class).stream()
                .map(OptOut::contact)
                .collect(Collectors.toSet());
    }

    /**
     * Records an opt-out; a repeated one keeps the first (its time says since when).
     *
     * @param source what said so: a channel name, or e.g. {@code twilio-21610}
     * @return whether this call opted the contact out (false: it already was)
     */
    public boolean optOut(ContactAddress contact, String source, Instant at) {
        try {
            mongo.insert(new OptOut(contact.uri(), source, at));
            return true;
        } catch (DuplicateKeyException alreadyOptedOut) {
            return false;
        }
    }

    /** @return whether the contact was opted out before */
    public boolean optIn(ContactAddress contact) {
        return mongo.remove(query(where("_id").is(contact.uri())), OptOut.class).getDeletedCount() > 0;
    }

    @Document("opt_outs")
    record OptOut(@Id String contact, String source, Instant optedOutAt) {}
}
