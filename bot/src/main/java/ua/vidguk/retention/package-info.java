/**
 * Retention: how long the personal data each feature stores lives ({@link
 * ua.vidguk.retention.RetentionProperties}, {@code vidguk.retention.*}), and the one schedule that
 * runs every feature's {@link ua.vidguk.retention.RetentionJob} once per period across instances
 * (an insert into {@code retention_runs} is the claim). {@link ua.vidguk.retention.Sweep} changes
 * the old documents of a collection in batches, within the embedded database's rules.
 *
 * <p>It must not know any feature's collections: each feature owns its job and says what in its
 * documents is personal.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Retention")
package ua.vidguk.retention;

import org.jspecify.annotations.NullMarked;
