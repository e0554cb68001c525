package io.parley.chat.domain.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ChatSettingsTest {

    @Test
    void applyTheDefaultPolicyToBothKindsOfStrangerByDefault() {
        assertEquals(SendPolicy.DEFAULT, ChatSettings.DEFAULT.visitor());
        assertEquals(SendPolicy.DEFAULT, ChatSettings.DEFAULT.user());
    }

    @Test
    void keepOnePolicyPerSenderRole() {
        SendPolicy visitors = new SendPolicy(0, false);
        SendPolicy users = new SendPolicy(2, true);
        ChatSettings settings = new ChatSettings(visitors, users);
        assertEquals(visitors, settings.visitor());
        assertEquals(users, settings.user());
    }

    @Test
    void requireBothPolicies() {
        assertThrows(NullPointerException.class, () -> new ChatSettings(null, SendPolicy.DEFAULT));
        assertThrows(NullPointerException.class, () -> new ChatSettings(SendPolicy.DEFAULT, null));
    }
}
