package io.parley.chat.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The settings a cluster adds: the node's name and how long its presence outlives it. */
class SettingsTest {
    private static Settings load(Map<String, String> environment) {
        Map<String, String> all = new HashMap<>(Map.of("PARLEY_DATA_DIR", "/tmp/parley-settings-test"));
        all.putAll(environment);
        return Settings.load(new ConfigSource(all, new Properties(), null));
    }

    @Test
    void nameTheNodeAfterItsHostAndPort() {
        Settings settings = load(Map.of("PARLEY_PORT", "7002"));

        assertTrue(settings.nodeId().endsWith(":7002"), settings.nodeId());
    }

    @Test
    void giveEveryNodeOnAnyFreePortANameOfItsOwn() {
        // port 0 is chosen only once listening: host and port alone would name them all alike
        String one = load(Map.of("PARLEY_PORT", "0")).nodeId();
        String two = load(Map.of("PARLEY_PORT", "0")).nodeId();

        assertNotEquals(one, two);
        assertTrue(one.contains(":0-"), one);
    }

    @Test
    void takeTheNodeNameGiven() {
        assertEquals("eu-1.node-a", load(Map.of("PARLEY_NODE_ID", "eu-1.node-a")).nodeId());
    }

    @Test
    void refuseANodeNameThatPresenceCouldNotStore() {
        assertThrows(ConfigurationException.class, () -> load(Map.of("PARLEY_NODE_ID", "a|b")));
        assertThrows(ConfigurationException.class, () -> load(Map.of("PARLEY_NODE_ID", "node a")));
    }

    @Test
    void letPresenceOutliveThreeHeartbeatsUnlessToldOtherwise() {
        assertEquals(Duration.ofSeconds(90), load(Map.of()).presenceTtl());
        assertEquals(Duration.ofSeconds(30), load(Map.of("PARLEY_HEARTBEAT", "PT10S")).presenceTtl());
        assertEquals(Duration.ofMinutes(2), load(Map.of("PARLEY_PRESENCE_TTL", "PT2M")).presenceTtl());
        assertThrows(ConfigurationException.class, () -> load(Map.of("PARLEY_PRESENCE_TTL", "PT0S")));
    }
}
