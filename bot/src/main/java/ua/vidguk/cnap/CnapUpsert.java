package ua.vidguk.cnap;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import ua.vidguk.access.AccessScope;
import ua.vidguk.cnap.UpsertReport.FieldError;
import ua.vidguk.cnap.UpsertReport.Item;

/**
 * Upserts a batch of centres: each item is checked on its own, valid ones land, and the report
 * says for every item whether it was created, updated, unchanged or rejected and why.
 */
@Component
class CnapUpsert {

    private final CnapRegistry registry;
    private final Regions regions;
    private final Validator validator;

    CnapUpsert(CnapRegistry registry, Regions regions, Validator validator) {
        this.registry = registry;
        this.regions = regions;
        this.validator = validator;
    }

    /** @param scope the uploader's: a row outside it is rejected (see {@link UploadScope}) */
    UpsertReport upsert(List<CnapInput> inputs, AccessScope scope) {
        List<Item> items = new ArrayList<>(inputs.size());
        List<Cnap> valid = new ArrayList<>();
        List<Integer> validIndexes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int index = 0; index < inputs.size(); index++) {
            CnapInput input = inputs.get(index);
            List<FieldError> errors = check(input);
            if (errors.isEmpty() && !seen.add(input.code().strip())) {
                errors = List.of(new FieldError("code", "appears more than once in this request"));
            }
            if (errors.isEmpty()) {
                valid.add(input.toCnap());
                validIndexes.add(index);
                items.add(null);
            } else {
                items.add(Item.rejected(index, input == null ? null : input.code(), errors));
            }
        }
        Map<String, Cnap> stored =
                registry.findAll(valid.stream().map(Cnap::code).toList());
        List<Cnap> changed = new ArrayList<>();
        for (int i = 0; i < valid.size(); i++) {
            Cnap cnap = valid.get(i);
            Cnap before = stored.get(cnap.code());
            FieldError refusal = UploadScope.refusal(cnap, before, scope);
            if (refusal != null) {
                items.set(validIndexes.get(i), Item.rejected(validIndexes.get(i), cnap.code(), List.of(refusal)));
                continue;
            }
            UpsertReport.Outcome outcome = before == null
                    ? UpsertReport.Outcome.CREATED
                    : before.equals(cnap) ? UpsertReport.Outcome.UNCHANGED : UpsertReport.Outcome.UPDATED;
            if (outcome != UpsertReport.Outcome.UNCHANGED) {
                changed.add(cnap);
            }
            items.set(validIndexes.get(i), Item.accepted(validIndexes.get(i), cnap.code(), outcome));
        }
        registry.saveAll(changed);
        return UpsertReport.of(items);
    }

    private List<FieldError> check(CnapInput input) {
        if (input == null) {
            return List.of(new FieldError("", "an item must be an object {code, name, region, city}"));
        }
        List<FieldError> errors = new ArrayList<>();
        validator.validate(input).stream()
                .sorted(Comparator.comparing((ConstraintViolation<CnapInput> v) ->
                        v.getPropertyPath().toString()))
                .forEach(v -> errors.add(new FieldError(v.getPropertyPath().toString(), v.getMessage())));
        if (input.region() != null
                && !input.region().isBlank()
                && regions.find(input.region().strip()).isEmpty()) {
            errors.add(new FieldError("region", Regions.unknown(input.region())));
        }
        return errors;
    }
}
