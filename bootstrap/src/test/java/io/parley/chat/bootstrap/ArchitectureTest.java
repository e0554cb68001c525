package io.parley.chat.bootstrap;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The production classes of every module obey every rule of {@link ArchitectureRules}. */
class ArchitectureTest {
    private static final java.util.regex.Pattern TEST_JARS = java.util.regex.Pattern.compile(".*-tests\\.jar.*");

    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                // the shared contract tests arrive as chat-application's test-jar
                .withImportOption(location -> !location.matches(TEST_JARS))
                .importPackages(ArchitectureRules.ROOT);
    }

    @TestFactory
    Stream<DynamicTest> everyRuleHolds() {
        return ArchitectureRules.all().entrySet().stream()
                .map(rule -> DynamicTest.dynamicTest(rule.getKey(), () -> rule.getValue().check(production)));
    }
}
