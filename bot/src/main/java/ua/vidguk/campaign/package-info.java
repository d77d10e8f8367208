/**
 * Campaigns: which visits are surveyed, when and how fast. Coordinators create, pause, resume and
 * cancel them under {@code /api/v1/campaigns}; the dispatcher (the {@code scheduler} module's
 * queue) sends what they schedule.
 */
@NullMarked
package ua.vidguk.campaign;

import org.jspecify.annotations.NullMarked;
