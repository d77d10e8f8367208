package ua.vidguk.cnap;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import ua.vidguk.access.CentreRegions;

/** Tells access a centre's region from the directory (cached there, so no read per question). */
@Component
class CnapRegions implements CentreRegions {

    private final CnapRegistry registry;

    CnapRegions(CnapRegistry registry) {
        this.registry = registry;
    }

    @Override
    public @Nullable String regionOf(String cnapCode) {
        return registry.find(cnapCode).map(Cnap::region).orElse(null);
    }
}
