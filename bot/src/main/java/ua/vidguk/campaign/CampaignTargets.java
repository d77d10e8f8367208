package ua.vidguk.campaign;

import java.util.Collection;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import ua.vidguk.access.AccessScope;

/**
 * Whose a campaign is, for access: its targets are centres and regions, both empty meaning the
 * whole country. A scope sees a campaign that reaches any of its centres (a national campaign
 * reaches every scope), and steers one only when the whole target is within the scope.
 */
final class CampaignTargets {

    private CampaignTargets() {}

    /**
     * Whether the campaign reaches a centre of the scope.
     *
     * @param regionOf a centre's region, null when there is no such centre
     */
    static boolean touch(
            Collection<String> cnapCodes,
            Collection<String> regions,
            AccessScope scope,
            Function<String, @Nullable String> regionOf) {
        if (national(cnapCodes, regions) || scope.national()) {
            return true;
        }
        if (scope.level() == AccessScope.Level.REGION) {
            return regions.contains(scope.region())
                    || cnapCodes.stream().anyMatch(code -> scope.coversCentre(code, regionOf));
        }
        return scope.codes().stream()
                .anyMatch(code -> cnapCodes.contains(code) || regions.contains(regionOf.apply(code)));
    }

    /** Whether every centre the campaign reaches is within the scope: a national one needs a national scope. */
    static boolean within(
            Collection<String> cnapCodes,
            Collection<String> regions,
            AccessScope scope,
            Function<String, @Nullable String> regionOf) {
        if (scope.national()) {
            return true;
        }
        return !national(cnapCodes, regions)
                // A null in a list the client sent is not within anything (creating says why).
                && regions.stream().allMatch(region -> region != null && scope.coversRegion(region))
                && cnapCodes.stream().allMatch(code -> code != null && scope.coversCentre(code, regionOf));
    }

    private static boolean national(Collection<String> cnapCodes, Collection<String> regions) {
        return cnapCodes.isEmpty() && regions.isEmpty();
    }
}
