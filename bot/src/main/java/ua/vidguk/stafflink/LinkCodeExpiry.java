package ua.vidguk.stafflink;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/** Removes codes a week past their expiry, as often as the alerts are swept. */
@Component
class LinkCodeExpiry implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(LinkCodeExpiry.class);

    private final LinkCodes codes;
    private final StaffLinkProperties properties;

    LinkCodeExpiry(LinkCodes codes, StaffLinkProperties properties) {
        this.codes = codes;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(this::run, properties.sweepEvery());
    }

    void run() {
        try {
            codes.removeExpired();
        } catch (RuntimeException e) {
            log.error("Expired staff link codes were not removed; trying again in {}", properties.sweepEvery(), e);
        }
    }
}
