package ua.vidguk.cnap;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Centres by code: the registry's API for other features, and its storage.
 *
 * <p>Every invitation and every finished survey looks its centre up, and centres change a few
 * times a year, so lookups are kept for a minute: an upload is seen at once by this instance and
 * within a minute by the others.
 */
@Service
public class CnapRegistry {

    private static final Duration KEPT = Duration.ofMinutes(1);

    private final MongoTemplate mongo;
    private final Cache<String, Cnap> byCode =
            Caffeine.newBuilder().expireAfterWrite(KEPT).maximumSize(20_000).build();

    CnapRegistry(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Optional<Cnap> find(String code) {
        // A code not found is not kept: the centre may be registered through another instance.
        return Optional.ofNullable(byCode.get(code, key -> mongo.findById(key, Cnap.class)));
    }

    /** Which of these codes are centres in the registry. */
    public Set<String> known(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Set.of();
        }
        return findAll(codes).keySet();
    }

    /** The codes of a region's centres (a few hundred at most), e.g. to count only what a region sees. */
    public Set<String> codesIn(String region) {
        var query = query(where("region").is(region));
        query.fields().include("_id");
        return mongo.find(query, Cnap.class).stream().map(Cnap::code).collect(Collectors.toSet());
    }

    /** A region's centres in code order (a few hundred at most), e.g. for its posters. */
    public List<Cnap> inRegion(String region) {
        return mongo.find(query(where("region").is(region)).with(Sort.by("_id")), Cnap.class);
    }

    /** Every centre in code order (a few thousand in the country), e.g. for the public directory. */
    public List<Cnap> all() {
        return mongo.find(new Query().with(Sort.by("_id")), Cnap.class);
    }

    /** Whether no centre is registered yet (a fresh installation). */
    public boolean isEmpty() {
        return !mongo.exists(new Query(), Cnap.class);
    }

    /** The first centres in code order, for pick lists. */
    public List<Cnap> first(int size) {
        return list(null, null, null, 0, size).items();
    }

    /** Reads the stored versions first, so that a repeated upload is reported as unchanged. */
    Map<String, Cnap> findAll(Collection<String> codes) {
        return mongo.find(query(where("_id").in(codes)), Cnap.class).stream()
                .collect(Collectors.toMap(Cnap::code, Function.identity()));
    }

    /** Writes centres in one round trip; upsert by code keeps concurrent uploads safe. */
    public void saveAll(List<Cnap> centres) {
        if (centres.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Cnap.class);
        centres.forEach(cnap -> bulk.replaceOne(
                query(where("_id").is(cnap.code())),
                cnap,
                FindAndReplaceOptions.options().upsert()));
        bulk.execute();
        centres.forEach(cnap -> byCode.invalidate(cnap.code()));
    }

    /** @param codes only these centres; every centre when null */
    CnapPage list(
            @Nullable Collection<String> codes, @Nullable String region, @Nullable String city, int page, int size) {
        Criteria criteria = new Criteria();
        if (codes != null) {
            criteria = criteria.and("_id").in(codes);
        }
        if (region != null) {
            criteria = criteria.and("region").is(region);
        }
        if (city != null) {
            criteria = criteria.and("city").regex("^" + Pattern.quote(city.strip()) + "$", "i");
        }
        Query query = query(criteria);
        long total = mongo.count(query, Cnap.class);
        List<Cnap> items =
                mongo.find(query.with(Sort.by("_id")).skip((long) page * size).limit(size), Cnap.class);
        return new CnapPage(items, page, size, total);
    }
}
