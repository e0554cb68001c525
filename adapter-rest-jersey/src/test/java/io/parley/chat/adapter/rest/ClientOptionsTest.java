package io.parley.chat.adapter.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** #20's {@code options}: decodeURIComponent, then JSON, else null (API.md b.8, c.3). */
class ClientOptionsTest {
    private final ObjectMapper mapper = JsonMapping.create();

    @Test
    void anEncodedObjectBecomesItsCompactJson() {
        // encodeURIComponent(JSON.stringify({a: "x y+z", n: 1, zh: "你好"}))
        String encoded = "%7B%22a%22%3A%22x%20y%2Bz%22%2C%22n%22%3A1%2C%22zh%22%3A%22%E4%BD%A0%E5%A5%BD%22%7D";

        assertEquals("{\"a\":\"x y+z\",\"n\":1,\"zh\":\"你好\"}", ClientOptions.read(encoded, mapper));
    }

    @Test
    void aPlusStaysAPlusAsDecodeUriComponentLeavesIt() {
        assertEquals("{\"q\":\"a+b\"}", ClientOptions.read("%7B%22q%22%3A%22a+b%22%7D", mapper));
        assertEquals("a+b c", ClientOptions.decodeUriComponent("a+b%20c"));
    }

    @Test
    void whitespaceIsDroppedFromTheStoredText() {
        assertEquals("{\"a\":[1,2]}", ClientOptions.read("%7B%20%22a%22%20%3A%20%5B1%2C%202%5D%20%7D", mapper));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "42|42",
        "%22hi%22|\"hi\"",
        "true|true",
        "%5B%5D|[]"})
    void anyJsonValueIsKept(String raw, String stored) {
        assertEquals(stored, ClientOptions.read(raw, mapper));
    }

    @Test
    void absentOrEmptyIsNull() {
        assertNull(ClientOptions.read(null, mapper));
        assertNull(ClientOptions.read("", mapper));
    }

    @ParameterizedTest
    @ValueSource(strings = {" ", "%20", "null", "garbage", "%7B%22a", "{} junk", "%7B%7D%20junk", "%", "%4", "%zz",
        "%E4%BD", "%C3%28", "undefined", "[object Object]"})
    void unreadableOptionsAreNullNeverARefusal(String raw) {
        assertNull(ClientOptions.read(raw, mapper));
    }

    @Test
    void anObjectPostedAsJsonRatherThanEncodedTextIsReadAsIs() {
        // a literal % cannot be percent-decoded; the text itself is JSON
        assertEquals("{\"p\":\"50%\"}", ClientOptions.read("{\"p\":\"50%\"}", mapper));
        assertEquals("{\"a\":1}", ClientOptions.read("{\"a\":1}", mapper));
    }

    @Test
    void aBrokenEscapeMakesTheWholeTextUnreadable() {
        assertNull(ClientOptions.decodeUriComponent("ok%2"));
        assertNull(ClientOptions.decodeUriComponent("%FF"));
        assertEquals("€", ClientOptions.decodeUriComponent("%E2%82%AC"));
        assertEquals("plain", ClientOptions.decodeUriComponent("plain"));
    }
}
