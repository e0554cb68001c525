package io.parley.chat.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageTest {

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "fr", "de-DE, ja;q=0.9", "*", "*;q=0.5"})
    void speakChineseWhenTheCallerNamesNeitherLanguage(String header) {
        assertEquals(Language.ZH, Language.fromAcceptLanguage(header));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "en | EN",
        "EN | EN",
        "en-US | EN",
        "en-GB,en;q=0.9 | EN",
        "zh | ZH",
        "zh-CN | ZH",
        "zh-TW, en | ZH",
        "fr, en | EN",
        "fr-CA, de;q=0.9, en;q=0.8 | EN",
        "fr;q=0.9, zh;q=0.8, en;q=0.7 | ZH"})
    void letTheFirstRangeNamingEnglishOrChineseDecide(String header, Language expected) {
        assertEquals(expected, Language.fromAcceptLanguage(header));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "zh;q=0.5, en;q=0.9 | EN",
        "zh-CN;q=0.4, en-US;q=0.41 | EN",
        "en;q=0.2, zh | ZH",
        "zh-CN,zh;q=0.9,en;q=0.8 | ZH",
        "en;q=0.3, fr, zh;q=0.5 | ZH"})
    void preferTheHigherQuality(String header, Language expected) {
        assertEquals(expected, Language.fromAcceptLanguage(header));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "en;q=0.8, zh;q=0.8 | EN",
        "zh;q=0.8, en;q=0.8 | ZH",
        "en, zh | EN",
        "zh, en | ZH"})
    void keepTheCallersOrderAmongEqualQualities(String header, Language expected) {
        assertEquals(expected, Language.fromAcceptLanguage(header));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "en;q=0 | ZH",
        "en;q=0, zh | ZH",
        "en;q=0.0, fr | ZH",
        "zh;q=0, en;q=0.1 | EN",
        "en;Q=0 | ZH",
        "en ; q=0 , zh;q=0.1 | ZH"})
    void treatQualityZeroAsARefusal(String header, Language expected) {
        assertEquals(expected, Language.fromAcceptLanguage(header));
    }

    @Test
    void treatAnUnreadableQualityAsARefusal() {
        assertEquals(Language.ZH, Language.fromAcceptLanguage("en;q=high"));
    }

    @Test
    void ignoreOtherParameters() {
        assertEquals(Language.EN, Language.fromAcceptLanguage("en;level=1;q=0.9, zh;q=0.5"));
    }

    @Test
    void carryALocaleForFormatting() {
        assertEquals("zh", Language.ZH.locale().getLanguage());
        assertEquals(Locale.ENGLISH, Language.EN.locale());
    }
}
