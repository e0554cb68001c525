package io.parley.chat.adapter.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameInitialsTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        // Chinese: the first letter of the first pinyin reading
        "张三, Z",
        "李四, L",
        "王, W",
        "欧阳锋, O",
        "绿茶, L",
        "长城, Z",
        // Latin, either case, accents and full width read as their base letter
        "alice, A",
        "Alice, A",
        "zoe, Z",
        "Émile, E",
        "ｂｏｂ, B",
        "' bob', B",
        "'小明abc', X",
        "'abc小明', A"})
    void aLetterOrAChineseCharacterGivesItsInitial(String name, String initial) {
        assertEquals(initial, NameInitials.initialOf(name));
    }

    @ParameterizedTest(name = "[{0}]")
    @CsvSource({"123abc", "9", "😀smile", "🐼", "_alice", "(张三)", "!", "' '", "Ωmega", "Жанна", "ひらがな"})
    void anythingElseIsFiledUnderHash(String name) {
        assertEquals("#", NameInitials.initialOf(name));
    }

    @Test
    void theEmptyNameIsFiledUnderHash() {
        assertEquals("#", NameInitials.initialOf(""));
        assertEquals("#", NameInitials.initialOf(null));
    }
}
