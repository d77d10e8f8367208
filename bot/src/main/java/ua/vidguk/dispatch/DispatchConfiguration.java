package ua.vidguk.dispatch;

import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The dispatcher's Quartz job, on by default; {@code vidguk.dispatch.enabled=false} leaves it off. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "vidguk.dispatch.enabled", matchIfMissing = true)
class DispatchConfiguration {

    @Bean
    JobDetail dispatchJob() {
        return JobBuilder.newJob(DispatchJob.class)
                .withIdentity("dispatch")
                .storeDurably()
                .build();
    }

    @Bean
    Trigger dispatchTrigger(JobDetail dispatchJob, DispatchProperties properties) {
        return TriggerBuilder.newTrigger()
                .forJob(dispatchJob)
                .withIdentity("dispatch-every-tick")
                .withSchedule(SimpleScheduleBuilder.simpleSchedule()
                        .withIntervalInMilliseconds(properties.tick().toMillis())
                        .repeatForever()
                        .withMisfireHandlingInstructionNextWithRemainingCount())
                .build();
    }
}
