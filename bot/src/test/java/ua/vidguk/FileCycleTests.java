package ua.vidguk;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No two production source files of {@code ua.vidguk} (the bot and the scheduler) depend on each
 * other, directly or round a longer cycle, so each file can be read, changed and tested knowing only
 * the files below it. A file is its top-level class; nested classes count as their file.
 *
 * <p>Bytecode alone is too weak: the compiler copies {@code static final} constants into their
 * users ({@code CaseButtons.TAKE}, {@code TwilioEndpoints.STATUS_PATH}), so the
 * {@code alert} cycle of issue 12 did not show in it at all, nor the controller's part in the
 * {@code channel.sms} one; caught exceptions and local variables' type arguments leave no trace
 * either. Source alone misses a type a file reaches without naming it
 * ({@code a.b().c()}). A file therefore depends on another when its source names it or its classes
 * use it; sealed types' {@code permits} clauses are neither (see {@link SourceDependencies}).
 */
class FileCycleTests {

    private final Path root = RepositoryRoot.find();

    @Test
    void noTwoSourceFilesDependOnEachOther() throws IOException {
        Map<String, Set<String>> dependencies = SourceDependencies.of(sources());
        classDependencies(dependencies.keySet())
                .forEach((file, used) -> dependencies.get(file).addAll(used));

        List<String> cycles = DependencyCycles.in(dependencies).stream()
                .map(group -> describe(group, dependencies))
                .toList();

        assertThat(cycles).as("files that depend on each other").isEmpty();
    }

    @Test
    void everyProductionSourceFileOfBothModulesIsChecked() throws IOException {
        assertThat(sources())
                .containsKeys("ua.vidguk.VidgukApplication", "ua.vidguk.scheduler.SendWindow")
                .doesNotContainKey("ua.vidguk.FileCycleTests");
    }

    /** Each production file's text, by its top-level class, in every module of the checkout. */
    private Map<String, String> sources() throws IOException {
        Map<String, String> sources = new TreeMap<>();
        try (Stream<Path> modules = Files.list(root)) {
            for (Path java : modules.map(module -> module.resolve("src/main/java"))
                    .filter(Files::isDirectory)
                    .toList()) {
                try (Stream<Path> files = Files.walk(java.resolve("ua/vidguk"))) {
                    for (Path file : files.filter(path -> path.toString().endsWith(".java"))
                            .filter(path -> !path.endsWith("package-info.java"))
                            .toList()) {
                        String name = java.relativize(file).toString().replace(".java", "");
                        sources.put(name.replace(file.getFileSystem().getSeparator(), "."), Files.readString(file));
                    }
                }
            }
        }
        return sources;
    }

    /** What the compiled classes use, by top-level class, among the given files. */
    private static Map<String, Set<String>> classDependencies(Set<String> files) {
        Map<String, Set<String>> dependencies = new HashMap<>();
        for (JavaClass type : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("ua.vidguk")) {
            String file = topLevel(type);
            if (files.contains(file)) {
                type.getDirectDependenciesFromSelf().stream()
                        .map(dependency -> topLevel(dependency.getTargetClass()))
                        .filter(files::contains)
                        .filter(target -> !target.equals(file))
                        .forEach(target -> dependencies
                                .computeIfAbsent(file, any -> new TreeSet<>())
                                .add(target));
            }
        }
        return dependencies;
    }

    /** A nested, local or anonymous class ({@code Outer$Inner}, {@code Outer$1}) belongs to its file. */
    private static String topLevel(JavaClass type) {
        String name = type.getName();
        int nested = name.indexOf('$');
        return nested < 0 ? name : name.substring(0, nested);
    }

    private static String describe(SortedSet<String> group, Map<String, Set<String>> dependencies) {
        return group.stream()
                .map(file -> shortName(file) + " -> "
                        + dependencies.get(file).stream()
                                .filter(group::contains)
                                .map(FileCycleTests::shortName)
                                .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; ", "[", "]"));
    }

    private static String shortName(String file) {
        return file.substring("ua.vidguk.".length());
    }
}
