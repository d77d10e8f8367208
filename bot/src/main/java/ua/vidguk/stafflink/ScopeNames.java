package ua.vidguk.stafflink;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import ua.vidguk.cnap.Cnap;
import ua.vidguk.cnap.CnapRegistry;
import ua.vidguk.cnap.Regions;
import ua.vidguk.message.MessageName;
import ua.vidguk.message.Messages;

/** A scope as staff read it, in Ukrainian: «ЦНАП м. Обухів (LK-1)», a region's name, the ministry. */
@Component
public class ScopeNames {

    /** Staff chats are in Ukrainian. */
    static final String LOCALE = "uk";

    private final Messages messages;
    private final CnapRegistry cnaps;
    private final Regions regions;

    ScopeNames(Messages messages, CnapRegistry cnaps, Regions regions) {
        this.messages = messages;
        this.cnaps = cnaps;
        this.regions = regions;
    }

    /** A centre or region no longer in the registry is shown by its code. */
    public String of(Scope scope) {
        Map<String, Object> values = new LinkedHashMap<>();
        switch (scope.level()) {
            case CNAP -> values.put("cnap", true);
            case REGION -> values.put("region", true);
            case NATIONAL -> values.put("national", true);
        }
        values.put("code", scope.code());
        values.put(
                "name",
                switch (scope.level()) {
                    case CNAP -> cnaps.find(scope.code()).map(Cnap::name).orElse(scope.code());
                    case REGION ->
                        regions.find(scope.code()).map(r -> r.nameUk()).orElse(scope.code());
                    case NATIONAL -> "";
                });
        return messages.render(MessageName.STAFF_SCOPE, LOCALE, values);
    }
}
