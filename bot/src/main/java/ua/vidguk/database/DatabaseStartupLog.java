package ua.vidguk.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/** Says at start-up which external MongoDB is in use: hosts and database, never credentials. */
@Component
@Conditional(NoMongoUri.Configured.class)
class DatabaseStartupLog {

    private static final Logger log = LoggerFactory.getLogger(DatabaseStartupLog.class);

    DatabaseStartupLog(MongoConnectionDetails details) {
        var address = details.getConnectionString();
        log.info(
                "Database: MongoDB at {}, database '{}'{}",
                address.getHosts(),
                address.getDatabase(),
                address.getRequiredReplicaSetName() == null
                        ? ""
                        : ", replica set " + address.getRequiredReplicaSetName());
    }
}
