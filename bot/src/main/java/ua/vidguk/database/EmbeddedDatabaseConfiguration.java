package ua.vidguk.database;

import com.mongodb.ConnectionString;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import ua.vidguk.VidgukProperties;

/**
 * Starts the embedded server only when no MongoDB address is configured; Boot's own Mongo
 * auto-configuration then connects to it through the connection details below.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoMongoUri.class)
class EmbeddedDatabaseConfiguration {

    static final String DATABASE_NAME = "vidguk";

    @Bean(destroyMethod = "close")
    EmbeddedMongoServer embeddedMongoServer(VidgukProperties vidguk, EmbeddedDatabaseProperties embedded) {
        return EmbeddedMongoServer.start(vidguk.dataDir(), embedded);
    }

    @Bean
    MongoConnectionDetails embeddedMongoConnectionDetails(EmbeddedMongoServer server) {
        ConnectionString address = new ConnectionString(server.connectionString() + "/" + DATABASE_NAME);
        return () -> address;
    }
}
