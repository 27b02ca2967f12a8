package org.zongzhi.casehandling.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packages form layers, not a web: a cycle lets a change in one feature break another for
 * reasons nobody can see from its imports. See docs/architecture.md for the picture.
 */
class PackageStructureTest {

    private static final String ROOT = "org.zongzhi.casehandling";
    private static JavaClasses product;

    @BeforeAll
    static void importProduct() {
        product = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void noPackageDependsOnItselfThroughAnother() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(product);
    }

    /**
     * The same rule on the source: bytecode does not show a dependency on a constant (the compiler
     * copies it), and an import alone is a dependency a reader sees.
     */
    @Test
    void noPackageImportsItselfThroughAnother() throws IOException {
        Map<String, Set<String>> imports = new TreeMap<>();
        Path main = Path.of("src/main/java/org/zongzhi/casehandling");
        Pattern ours = Pattern.compile("^import (?:static )?org\\.zongzhi\\.casehandling\\.([a-z]+)\\.", Pattern.MULTILINE);
        try (Stream<Path> files = Files.walk(main)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Path relative = main.relativize(file);
                if (relative.getNameCount() < 2) {
                    continue; // the application class at the root wires everything
                }
                String from = relative.getName(0).toString();
                Matcher m = ours.matcher(Files.readString(file));
                while (m.find()) {
                    if (!m.group(1).equals(from)) {
                        imports.computeIfAbsent(from, k -> new TreeSet<>()).add(m.group(1));
                    }
                }
            }
        }
        for (String start : imports.keySet()) {
            assertThat(pathBack(start, start, imports, new ArrayList<>(List.of(start)), new HashSet<>()))
                    .as("packages importing each other in a cycle").isEmpty();
        }
    }

    private static List<String> pathBack(String start, String at, Map<String, Set<String>> imports, List<String> path,
                                         Set<String> seen) {
        for (String next : imports.getOrDefault(at, Set.of())) {
            if (next.equals(start)) {
                List<String> cycle = new ArrayList<>(path);
                cycle.add(start);
                return cycle;
            }
            if (seen.add(next)) {
                path.add(next);
                List<String> found = pathBack(start, next, imports, path, seen);
                if (!found.isEmpty()) {
                    return found;
                }
                path.remove(path.size() - 1);
            }
        }
        return List.of();
    }

    @Test
    void theLedgerDependsOnNoFeature() {
        noClasses().that().resideInAPackage(ROOT + ".cases..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        ROOT + ".intake..", ROOT + ".assessment..", ROOT + ".assignment..", ROOT + ".supervision..",
                        ROOT + ".letters..", ROOT + ".deadlines..", ROOT + ".feedback..", ROOT + ".risk..",
                        ROOT + ".workflow..", ROOT + ".web..", ROOT + ".audit..", ROOT + ".directory..",
                        ROOT + ".engineguard..", ROOT + ".login..", ROOT + ".casefile..", ROOT + ".demo..",
                        ROOT + ".pdf..")
                .check(product);
    }

    /** The figures read the ledger and everything around it; nothing reads the figures back. */
    @Test
    void noPackageDependsOnTheReports() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".reports..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".reports..")
                .check(product);
    }
}
