package ua.vidguk.console;

import java.util.List;
import java.util.Map;
import ua.vidguk.cnap.CnapRegistry;

/** The centres a form offers: the first ones in code order (a demo has 25; the country has ~2,700). */
final class Centres {

    static final int SHOWN = 300;

    private Centres() {}

    static List<Map<String, String>> options(CnapRegistry cnaps) {
        return cnaps.first(SHOWN).stream()
                .map(cnap -> Map.of("code", cnap.code(), "name", cnap.name()))
                .toList();
    }
}
