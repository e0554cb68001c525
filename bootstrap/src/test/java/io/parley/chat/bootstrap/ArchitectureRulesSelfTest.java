package io.parley.chat.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import io.parley.chat.adapter.persistence.archfixture.PersistenceUsesGrizzly;
import io.parley.chat.adapter.persistence.archfixture.PersistenceUsesJackson;
import io.parley.chat.adapter.persistence.archfixture.PersistenceUsesLettuce;
import io.parley.chat.adapter.redis.RedisConnections;
import io.parley.chat.adapter.redis.archfixture.RedisReadsBootstrap;
import io.parley.chat.adapter.redis.archfixture.RedisUsesHibernate;
import io.parley.chat.adapter.rest.archfixture.LeakedEntity;
import io.parley.chat.adapter.rest.archfixture.RestCallsRedis;
import io.parley.chat.adapter.rest.archfixture.RestSignsTokens;
import io.parley.chat.adapter.rest.archfixture.RestSniffsWithTika;
import io.parley.chat.adapter.rest.archfixture.RestUsesDrivenPort;
import io.parley.chat.adapter.rest.archfixture.RestUsesWebSocketApi;
import io.parley.chat.adapter.rest.archfixture.UsesJul;
import io.parley.chat.adapter.ws.archfixture.WsBuildsTheCore;
import io.parley.chat.adapter.ws.archfixture.WsUsesJaxRs;
import io.parley.chat.application.archfixture.ApplicationUsesSlf4j;
import io.parley.chat.application.port.in.archfixture.ConcreteUseCase;
import io.parley.chat.application.port.in.archfixture.MutableCommand;
import io.parley.chat.application.port.out.archfixture.AbstractThingPort;
import io.parley.chat.application.port.out.archfixture.ThingRepository;
import io.parley.chat.application.service.archfixture.PublicService;
import io.parley.chat.domain.archfixture.DomainUsesJackson;
import io.parley.chat.domain.archfixture.PrintsToConsole;
import io.parley.chat.domain.archfixture.ThrowsRuntimeException;
import io.parley.chat.domain.archfixturea.Chicken;
import io.parley.chat.domain.archfixtureb.Egg;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Proves that every architecture rule can fail: each one is run against a deliberately bad class (test sources only,
 * inside the packages the rule watches) and must report it. A rule that cannot fail protects nothing.
 */
class ArchitectureRulesSelfTest {
    private static final Map<String, Class<?>[]> BAD_CLASSES = Map.ofEntries(
            Map.entry("DOMAIN_IS_PLAIN_JAVA", new Class<?>[] {DomainUsesJackson.class}),
            Map.entry("APPLICATION_DEPENDS_ONLY_ON_DOMAIN", new Class<?>[] {ApplicationUsesSlf4j.class}),
            Map.entry("ADAPTERS_DO_NOT_KNOW_EACH_OTHER", new Class<?>[] {RestCallsRedis.class, RedisConnections.class}),
            Map.entry("ADAPTERS_USE_PORTS_NOT_SERVICES", new Class<?>[] {WsBuildsTheCore.class}),
            Map.entry("REST_ENTERS_THROUGH_USE_CASES", new Class<?>[] {RestUsesDrivenPort.class}),
            Map.entry("NOBODY_DEPENDS_ON_BOOTSTRAP", new Class<?>[] {RedisReadsBootstrap.class}),
            Map.entry("USE_CASES_ARE_INTERFACES", new Class<?>[] {ConcreteUseCase.class}),
            Map.entry("COMMANDS_ARE_RECORDS", new Class<?>[] {MutableCommand.class}),
            Map.entry("DRIVEN_PORTS_ARE_INTERFACES", new Class<?>[] {AbstractThingPort.class}),
            Map.entry("DRIVEN_PORTS_ARE_NAMED_PORT", new Class<?>[] {ThingRepository.class}),
            Map.entry("SERVICES_HIDE_BEHIND_CHAT_CORE", new Class<?>[] {PublicService.class}),
            Map.entry("ENTITIES_STAY_IN_PERSISTENCE", new Class<?>[] {LeakedEntity.class}),
            Map.entry("DOMAIN_CONCEPTS_ARE_ACYCLIC", new Class<?>[] {Chicken.class, Egg.class}),
            Map.entry("NO_STANDARD_STREAMS", new Class<?>[] {PrintsToConsole.class}),
            Map.entry("NO_GENERIC_EXCEPTIONS", new Class<?>[] {ThrowsRuntimeException.class}),
            Map.entry("NO_JAVA_UTIL_LOGGING", new Class<?>[] {UsesJul.class}),
            Map.entry("HIBERNATE_ONLY_IN_PERSISTENCE", new Class<?>[] {RedisUsesHibernate.class}),
            Map.entry("LETTUCE_ONLY_IN_REDIS", new Class<?>[] {PersistenceUsesLettuce.class}),
            Map.entry("JERSEY_ONLY_IN_REST", new Class<?>[] {WsUsesJaxRs.class}),
            Map.entry("TYRUS_ONLY_IN_WS", new Class<?>[] {RestUsesWebSocketApi.class}),
            Map.entry("GRIZZLY_ONLY_IN_SERVERS", new Class<?>[] {PersistenceUsesGrizzly.class}),
            Map.entry("JOSE4J_ONLY_IN_SECURITY", new Class<?>[] {RestSignsTokens.class}),
            Map.entry("JACKSON_ONLY_IN_WIRE_ADAPTERS", new Class<?>[] {PersistenceUsesJackson.class}),
            Map.entry("TIKA_ONLY_IN_PERSISTENCE", new Class<?>[] {RestSniffsWithTika.class}));

    @Test
    void everyRuleHasABadClassToCatch() {
        assertEquals(ArchitectureRules.all().keySet(), BAD_CLASSES.keySet());
    }

    @TestFactory
    Stream<DynamicTest> everyRuleReportsItsBadClass() {
        return ArchitectureRules.all().entrySet().stream().map(rule -> DynamicTest.dynamicTest(rule.getKey(), () -> {
            JavaClasses bad = new ClassFileImporter().importClasses(BAD_CLASSES.get(rule.getKey()));
            ArchRule archRule = rule.getValue().allowEmptyShould(true);
            assertTrue(archRule.evaluate(bad).hasViolation(), rule.getKey() + " did not report its bad class");
        }));
    }
}
