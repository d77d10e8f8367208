package ua.vidguk.campaign;

import org.jspecify.annotations.Nullable;

/**
 * A campaign was created ({@code before} is null) or changed state.
 *
 * @param before the state it left
 */
public record CampaignChanged(Campaign campaign, Campaign.@Nullable State before) {}
