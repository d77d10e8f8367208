package ua.vidguk.access;

import org.jspecify.annotations.Nullable;

/**
 * A centre's region, which a region-wide credential needs to know when it grants some of its
 * centres. The centres' directory answers it; declared here so that access stays below every
 * feature and knows none of their data.
 */
public interface CentreRegions {

    /** The centre's region code, or null when there is no such centre. */
    @Nullable
    String regionOf(String cnapCode);
}
