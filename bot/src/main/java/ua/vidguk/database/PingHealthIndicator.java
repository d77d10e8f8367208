package ua.vidguk.database;

import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Database health by {@code ping}, which both the embedded server and MongoDB answer. Its bean
 * name makes Boot's own Mongo indicator, which sends the {@code hello} the embedded server lacks,
 * step aside.
 */
@Component("mongoHealthIndicator")
class PingHealthIndicator extends AbstractHealthIndicator {

    private final MongoTemplate mongo;

    PingHealthIndicator(MongoTemplate mongo) {
        super("MongoDB ping failed");
        this.mongo = mongo;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        mongo.executeCommand(new Document("ping", 1));
        builder.up().withDetail("database", mongo.getDb().getName());
    }
}
