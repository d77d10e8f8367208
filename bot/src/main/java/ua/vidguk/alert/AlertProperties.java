package ua.vidguk.alert;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param takeWithin working time in which someone must take a case before it goes to the region's
 *     chat
 * @param resolveWithinWorkingDays working days in which a case must be resolved before it goes to
 *     the ministry's chat
 * @param workingHours the centres' working hours, in which both limits are counted
 * @param groupMessagesPerMinute Telegram's limit per group chat
 * @param foldAbove a chat's backlog longer than this goes out as one summary message
 * @param dailySummaryHour the hour (working-hours zone) when each centre chat gets its summary
 * @param digestDay the day (working-hours zone) when each region chat gets its centres ranked over
 *     the past week (Monday to Sunday) and the ministry's chat the regions
 * @param digestHour the hour of {@code digestDay} from which the weekly digest goes out
 * @param sweepEvery how often queued messages, escalations and summaries are looked at
 * @param deliveryAttempts how many times a message is tried in one chat while Telegram fails (5xx,
 *     timeouts, 429, other refusals) before the failure is recorded on the case, logged, and the
 *     message goes to the next chat up (the region's, then the ministry's)
 */
@ConfigurationProperties("vidguk.alerts")
record AlertProperties(
        @DefaultValue("PT2H") Duration takeWithin,
        @DefaultValue("3") int resolveWithinWorkingDays,
        @DefaultValue WorkingHoursProperties workingHours,
        @DefaultValue("20") int groupMessagesPerMinute,
        @DefaultValue("10") int foldAbove,
        @DefaultValue("18") int dailySummaryHour,
        @DefaultValue("MONDAY") DayOfWeek digestDay,
        @DefaultValue("9") int digestHour,
        @DefaultValue("10s") Duration sweepEvery,
        @DefaultValue("10") int deliveryAttempts) {

    record WorkingHoursProperties(
            @DefaultValue("09:00") LocalTime opens,
            @DefaultValue("18:00") LocalTime closes,

            @DefaultValue({"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"})
            Set<DayOfWeek> days,

            @DefaultValue("Europe/Kyiv") ZoneId zone) {

        WorkingHours toWorkingHours() {
            return new WorkingHours(opens, closes, days, zone);
        }
    }
}
