package ua.vidguk.dispatch;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoOperations;
import ua.vidguk.scheduler.DueQueue;

/** Invitations and reminders wait for their time here, whether or not this instance dispatches. */
@Configuration(proxyBeanMethods = false)
class DispatchQueueConfiguration {

    @Bean
    DueQueue dueQueue(MongoOperations mongo) {
        return new DueQueue(mongo, "due_queue");
    }
}
