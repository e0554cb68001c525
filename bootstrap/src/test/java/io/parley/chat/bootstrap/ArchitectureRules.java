package io.parley.chat.bootstrap;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The layering of DESIGN.md and STYLE.md as ArchUnit rules, in one place so that {@link ArchitectureTest} applies them
 * to the code and {@link ArchitectureRulesSelfTest} proves each one fails on a deliberately bad class.
 */
final class ArchitectureRules {
    static final String ROOT = "io.parley.chat";
    static final String DOMAIN = "io.parley.chat.domain..";
    static final String APPLICATION = "io.parley.chat.application..";
    static final String PORT_IN = "io.parley.chat.application.port.in..";
    static final String PORT_OUT = "io.parley.chat.application.port.out..";
    static final String SERVICE = "io.parley.chat.application.service..";
    static final String ADAPTERS = "io.parley.chat.adapter..";
    static final String REST = "io.parley.chat.adapter.rest..";
    static final String WS = "io.parley.chat.adapter.ws..";
    static final String PERSISTENCE = "io.parley.chat.adapter.persistence..";
    static final String REDIS = "io.parley.chat.adapter.redis..";
    static final String SECURITY = "io.parley.chat.adapter.security..";
    static final String BOOTSTRAP = "io.parley.chat.bootstrap..";

    private ArchitectureRules() {
    }

    static final ArchRule DOMAIN_IS_PLAIN_JAVA = classes().that().resideInAPackage(DOMAIN)
            .should().onlyDependOnClassesThat().resideInAnyPackage(DOMAIN, "java..")
            .because("chat-domain is a framework-free library");

    static final ArchRule APPLICATION_DEPENDS_ONLY_ON_DOMAIN = classes().that().resideInAPackage(APPLICATION)
            .should().onlyDependOnClassesThat().resideInAnyPackage(APPLICATION, DOMAIN, "java..")
            .because("use cases reach infrastructure only through ports");

    static final ArchRule ADAPTERS_DO_NOT_KNOW_EACH_OTHER = slices().matching("io.parley.chat.adapter.(*)..")
            .should().notDependOnEachOther()
            .because("only bootstrap sees every adapter");

    static final ArchRule ADAPTERS_USE_PORTS_NOT_SERVICES = noClasses().that().resideInAPackage(ADAPTERS)
            .should().dependOnClassesThat().resideInAPackage(SERVICE)
            .because("adapters receive use-case interfaces, never the services or the ChatCore factory");

    static final ArchRule REST_ENTERS_THROUGH_USE_CASES = noClasses().that().resideInAPackage(REST)
            .should().dependOnClassesThat().resideInAPackage(PORT_OUT)
            .because("a driving adapter calls use cases, not driven ports");

    static final ArchRule NOBODY_DEPENDS_ON_BOOTSTRAP = noClasses().that().resideOutsideOfPackage(BOOTSTRAP)
            .should().dependOnClassesThat().resideInAPackage(BOOTSTRAP);

    static final ArchRule USE_CASES_ARE_INTERFACES = classes().that().resideInAPackage(PORT_IN)
            .and().haveSimpleNameEndingWith("UseCase").should().beInterfaces();

    static final ArchRule COMMANDS_ARE_RECORDS = classes().that().resideInAPackage(PORT_IN)
            .and().haveSimpleNameEndingWith("Command").should().beRecords();

    static final ArchRule DRIVEN_PORTS_ARE_INTERFACES = classes().that().resideInAPackage(PORT_OUT)
            .and().areTopLevelClasses().should().beInterfaces();

    static final ArchRule DRIVEN_PORTS_ARE_NAMED_PORT = classes().that().resideInAPackage(PORT_OUT)
            .and().areTopLevelClasses().and().areInterfaces().should().haveSimpleNameEndingWith("Port");

    static final ArchRule SERVICES_HIDE_BEHIND_CHAT_CORE = classes().that().resideInAPackage(SERVICE)
            .and().doNotHaveSimpleName("ChatCore").and().areTopLevelClasses().should().notBePublic()
            .because("the core is reached through ChatCore and the use-case interfaces only");

    static final ArchRule ENTITIES_STAY_IN_PERSISTENCE = classes()
            .that().areAnnotatedWith("jakarta.persistence.Entity")
            .should().resideInAPackage(PERSISTENCE);

    static final ArchRule DOMAIN_CONCEPTS_ARE_ACYCLIC = slices().matching("io.parley.chat.domain.(*)..")
            .should().beFreeOfCycles();

    static final ArchRule NO_STANDARD_STREAMS = GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
    static final ArchRule NO_GENERIC_EXCEPTIONS = GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;
    static final ArchRule NO_JAVA_UTIL_LOGGING = GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

    /** Each library lives in the one adapter that owns it (bootstrap may touch the shared Grizzly listener). */
    static final ArchRule HIBERNATE_ONLY_IN_PERSISTENCE = confined("Hibernate and JDBC libraries",
            new String[] {PERSISTENCE},
            "jakarta.persistence..", "org.hibernate..", "org.flywaydb..", "com.zaxxer..", "org.h2..",
            "org.postgresql..", "org.mariadb..");
    static final ArchRule LETTUCE_ONLY_IN_REDIS = confined("Lettuce", new String[] {REDIS}, "io.lettuce..");
    static final ArchRule JERSEY_ONLY_IN_REST = confined("Jersey and JAX-RS", new String[] {REST},
            "jakarta.ws.rs..", "org.glassfish.jersey..");
    static final ArchRule TYRUS_ONLY_IN_WS = confined("Tyrus and the WebSocket API", new String[] {WS},
            "jakarta.websocket..", "org.glassfish.tyrus..");
    static final ArchRule GRIZZLY_ONLY_IN_SERVERS = confined("Grizzly", new String[] {REST, WS, BOOTSTRAP},
            "org.glassfish.grizzly..");
    static final ArchRule TIKA_ONLY_IN_PERSISTENCE = confined("Apache Tika", new String[] {PERSISTENCE},
            "org.apache.tika..");
    static final ArchRule JOSE4J_ONLY_IN_SECURITY = confined("jose4j", new String[] {SECURITY}, "org.jose4j..");
    static final ArchRule JACKSON_ONLY_IN_WIRE_ADAPTERS = confined("Jackson",
            new String[] {REST, WS, REDIS, BOOTSTRAP}, "com.fasterxml.jackson..");

    private static ArchRule confined(String library, String[] owners, String... libraryPackages) {
        return noClasses().that().resideOutsideOfPackages(owners)
                .should().dependOnClassesThat().resideInAnyPackage(libraryPackages)
                .as(library + " is used only in " + String.join(", ", owners))
                .allowEmptyShould(false);
    }

    /** Every rule by name, for the architecture test and its self-test. */
    static Map<String, ArchRule> all() {
        Map<String, ArchRule> rules = new LinkedHashMap<>();
        rules.put("DOMAIN_IS_PLAIN_JAVA", DOMAIN_IS_PLAIN_JAVA);
        rules.put("APPLICATION_DEPENDS_ONLY_ON_DOMAIN", APPLICATION_DEPENDS_ONLY_ON_DOMAIN);
        rules.put("ADAPTERS_DO_NOT_KNOW_EACH_OTHER", ADAPTERS_DO_NOT_KNOW_EACH_OTHER);
        rules.put("ADAPTERS_USE_PORTS_NOT_SERVICES", ADAPTERS_USE_PORTS_NOT_SERVICES);
        rules.put("REST_ENTERS_THROUGH_USE_CASES", REST_ENTERS_THROUGH_USE_CASES);
        rules.put("NOBODY_DEPENDS_ON_BOOTSTRAP", NOBODY_DEPENDS_ON_BOOTSTRAP);
        rules.put("USE_CASES_ARE_INTERFACES", USE_CASES_ARE_INTERFACES);
        rules.put("COMMANDS_ARE_RECORDS", COMMANDS_ARE_RECORDS);
        rules.put("DRIVEN_PORTS_ARE_INTERFACES", DRIVEN_PORTS_ARE_INTERFACES);
        rules.put("DRIVEN_PORTS_ARE_NAMED_PORT", DRIVEN_PORTS_ARE_NAMED_PORT);
        rules.put("SERVICES_HIDE_BEHIND_CHAT_CORE", SERVICES_HIDE_BEHIND_CHAT_CORE);
        rules.put("ENTITIES_STAY_IN_PERSISTENCE", ENTITIES_STAY_IN_PERSISTENCE);
        rules.put("DOMAIN_CONCEPTS_ARE_ACYCLIC", DOMAIN_CONCEPTS_ARE_ACYCLIC);
        rules.put("NO_STANDARD_STREAMS", NO_STANDARD_STREAMS);
        rules.put("NO_GENERIC_EXCEPTIONS", NO_GENERIC_EXCEPTIONS);
        rules.put("NO_JAVA_UTIL_LOGGING", NO_JAVA_UTIL_LOGGING);
        rules.put("HIBERNATE_ONLY_IN_PERSISTENCE", HIBERNATE_ONLY_IN_PERSISTENCE);
        rules.put("LETTUCE_ONLY_IN_REDIS", LETTUCE_ONLY_IN_REDIS);
        rules.put("JERSEY_ONLY_IN_REST", JERSEY_ONLY_IN_REST);
        rules.put("TYRUS_ONLY_IN_WS", TYRUS_ONLY_IN_WS);
        rules.put("GRIZZLY_ONLY_IN_SERVERS", GRIZZLY_ONLY_IN_SERVERS);
        rules.put("JOSE4J_ONLY_IN_SECURITY", JOSE4J_ONLY_IN_SECURITY);
        rules.put("JACKSON_ONLY_IN_WIRE_ADAPTERS", JACKSON_ONLY_IN_WIRE_ADAPTERS);
        rules.put("TIKA_ONLY_IN_PERSISTENCE", TIKA_ONLY_IN_PERSISTENCE);
        return rules;
    }
}
