package ua.vidguk;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which source files name which others: each file is its top-level class, and it depends on every
 * class of the set that it imports, writes out in full, or names by its simple name from its own
 * package. This sees what bytecode cannot: constants the compiler copied into the caller, caught
 * exception types, type arguments of local variables.
 *
 * <p>A sealed type's {@code permits} clause is not a dependency: the permitted types implement it,
 * and listing them is the language's way to close the set, not a use.
 */
final class SourceDependencies {

    private static final Pattern PACKAGE = Pattern.compile("\\bpackage\\s+([\\w.]+)\\s*;");
    private static final Pattern IMPORT = Pattern.compile("\\bimport\\s+(static\\s+)?([\\w.]+?)(\\.\\*)?\\s*;");
    private static final Pattern DECLARED = Pattern.compile("\\b(?:class|interface|enum|record)\\s+([A-Za-z_]\\w*)");
    private static final Pattern PERMITS = Pattern.compile("\\bpermits\\s+[\\w.,<>?\\s]+?(?=\\{)");
    /** A capitalised name that is not a member of something else ({@code Outer.Inner} names only Outer). */
    private static final Pattern SIMPLE_NAME = Pattern.compile("(?<!\\.\\s{0,40})(?<![\\w.])[A-Z]\\w*\\b");

    private static final Pattern QUALIFIED = Pattern.compile("\\b[a-z]\\w*(?:\\.\\w+)+");

    private SourceDependencies() {}

    /**
     * @param sources each file's text by its top-level class's name ({@code ua.vidguk.survey.Survey})
     * @return each file's dependencies among the given ones, never itself
     */
    static Map<String, Set<String>> of(Map<String, String> sources) {
        Map<String, Set<String>> dependencies = new TreeMap<>();
        sources.forEach((name, source) -> dependencies.put(name, dependenciesOf(name, source, sources.keySet())));
        return dependencies;
    }

    private static Set<String> dependenciesOf(String name, String source, Set<String> known) {
        String code = JavaCode.of(source);
        String pkg = name.substring(0, name.lastIndexOf('.'));
        Set<String> found = new TreeSet<>();
        Map<String, String> singleImports = new HashMap<>();
        Set<String> wildcardPackages = new HashSet<>();
        Matcher imports = IMPORT.matcher(code);
        while (imports.find()) {
            String imported = imports.group(2);
            outermostKnown(imported, known).ifPresent(found::add);
            if (imports.group(3) != null && imports.group(1) == null) {
                wildcardPackages.add(imported);
            } else if (imports.group(1) == null) {
                singleImports.put(imported.substring(imported.lastIndexOf('.') + 1), imported);
            }
        }
        Set<String> declaredHere = new HashSet<>();
        DECLARED.matcher(code).results().forEach(type -> declaredHere.add(type.group(1)));

        String body = PERMITS.matcher(
                        IMPORT.matcher(PACKAGE.matcher(code).replaceAll("")).replaceAll(""))
                .replaceAll("");
        QUALIFIED
                .matcher(body)
                .results()
                .forEach(qualified -> outermostKnown(qualified.group(), known).ifPresent(found::add));
        SIMPLE_NAME.matcher(body).results().map(MatchResult::group).distinct().forEach(simple -> {
            if (declaredHere.contains(simple) || singleImports.containsKey(simple)) {
                return; // a nested type of this file, or an import already counted, shadows the package
            }
            if (known.contains(pkg + "." + simple)) {
                found.add(pkg + "." + simple);
            } else {
                wildcardPackages.stream()
                        .map(wildcard -> wildcard + "." + simple)
                        .filter(known::contains)
                        .forEach(found::add);
            }
        });
        found.remove(name);
        return found;
    }

    /** The outermost known class that a qualified name starts with: a nested type or a member counts as its file. */
    private static Optional<String> outermostKnown(String qualified, Set<String> known) {
        String[] parts = qualified.split("\\.");
        var prefix = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            prefix.append('.').append(parts[i]);
            if (known.contains(prefix.toString())) {
                return Optional.of(prefix.toString());
            }
        }
        return Optional.empty();
    }
}
