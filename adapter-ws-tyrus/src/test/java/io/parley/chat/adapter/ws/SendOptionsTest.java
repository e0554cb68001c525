package io.parley.chat.adapter.ws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SendOptionsTest {
    private final ObjectMapper json = new ObjectMapper();
    private final SendOptions options = new SendOptions(json);

    @Test
    void anObjectOrArrayIsKeptAsCompactJson() throws Exception {
        assertEquals("{\"a\":1,\"b\":[true,null]}", options.normalise(json.readTree("{ \"a\" : 1, \"b\" : [ true, null ] }")));
        assertEquals("[1,2]", options.normalise(json.readTree("[1, 2]")));
    }

    @Test
    void aUriEncodedStringIsDecodedThenParsed() {
        String encoded = "%7B%22askanswer%22%3A%22%E4%BD%A0%E5%A5%BD%22%7D";

        assertEquals("{\"askanswer\":\"你好\"}", options.normalise(TextNode.valueOf(encoded)));
    }

    @Test
    void aPlusStaysAPlusAsInDecodeUriComponent() {
        assertEquals("{\"sum\":\"1+1\"}", options.normalise(TextNode.valueOf("%7B%22sum%22%3A%221+1%22%7D")));
    }

    @Test
    void aJsonStringThatNeedsNoDecodingIsParsedAsItIs() {
        assertEquals("{\"a\":\"b\"}", options.normalise(TextNode.valueOf("{\"a\": \"b\"}")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not json", "{\"a\":", "%7B%22a%22%3A1%7", "%zz", "%E4%BD", "%FF", "{\"pct\":\"100%\"}",
            "{} trailing"})
    void somethingUnreadableIsNoOptions(String text) {
        assertNull(options.normalise(TextNode.valueOf(text)));
    }

    @Test
    void absentOrNullIsNoOptions() {
        assertNull(options.normalise(null));
        assertNull(options.normalise(NullNode.getInstance()));
    }

    @Test
    void aScalarIsItsJsonText() throws Exception {
        JsonNode number = json.readTree("5");

        assertEquals("5", options.normalise(number));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "abc|abc",
            "a%20b|a b",
            "%E6%AC%A2%E8%BF%8E|欢迎",
            "1+1|1+1",
            "%25|%"
    })
    void decodeUriComponentDecodesPercentSequencesAsUtf8(String encoded, String decoded) {
        assertEquals(Optional.of(decoded), SendOptions.decodeUriComponent(encoded));
    }
}
