package io.parley.chat.adapter.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.parley.chat.domain.shared.ValidationException;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BodyParametersTest {
    private static final MediaType FORM = MediaType.APPLICATION_FORM_URLENCODED_TYPE;

    @Test
    void jsonValuesBecomeTextAsWritten() {
        Map<String, String> fields = BodyParameters.fromJson(JsonMapping.create(), bytes(
                "{\"n\":1752378365000,\"s\":\"x\",\"b\":true,\"f\":1.5,\"o\":{\"a\":[1,2]},\"gone\":null}"));

        assertEquals("1752378365000", fields.get("n"));
        assertEquals("x", fields.get("s"));
        assertEquals("true", fields.get("b"));
        assertEquals("1.5", fields.get("f"));
        assertEquals("{\"a\":[1,2]}", fields.get("o"));
        assertFalse(fields.containsKey("gone"), "null is absent");
    }

    @Test
    void anEmptyJsonBodyHasNoFields() {
        assertEquals(Map.of(), BodyParameters.fromJson(JsonMapping.create(), bytes(" \r\n")));
    }

    @Test
    void jsonThatIsNotAnObjectIsRefusedOnBody() {
        ValidationException refusal = assertThrows(ValidationException.class,
                () -> BodyParameters.fromJson(JsonMapping.create(), bytes("\"text\"")));
        assertEquals("body", refusal.field().orElseThrow());
        assertEquals(ValidationException.Problem.BAD_SHAPE, refusal.problem());
    }

    @Test
    void brokenJsonIsRefusedOnBody() {
        ValidationException refusal = assertThrows(ValidationException.class,
                () -> BodyParameters.fromJson(JsonMapping.create(), bytes("{\"a\":")));
        assertEquals(ValidationException.Problem.NOT_JSON, refusal.problem());
    }

    @Test
    void formFieldsAreDecodedAndTheFirstOfARepeatedNameWins() {
        Map<String, String> fields = BodyParameters.fromForm(
                bytes("nick=%E5%B0%8F%E6%98%8E+Li&empty=&flag&nick=second&&a%26b=c%3Dd"), FORM);

        assertEquals("小明 Li", fields.get("nick"));
        assertEquals("", fields.get("empty"));
        assertEquals("", fields.get("flag"));
        assertEquals("c=d", fields.get("a&b"));
    }

    @Test
    void theArrayNotationOfAFormGathersItsValuesIntoAJsonArray() {
        Map<String, String> fields = BodyParameters.fromForm(
                bytes("userIds%5B%5D=31&userIds[]=3%222&ids[0]=1&ids[1]=2&a[b]=c&x=1"), FORM);

        assertEquals("[\"31\",\"3\\\"2\"]", fields.get("userIds"));
        assertEquals("[\"1\",\"2\"]", fields.get("ids"));
        assertEquals("c", fields.get("a[b]"));
        assertEquals("1", fields.get("x"));
        assertFalse(fields.containsKey("userIds[]"));
    }

    @Test
    void aPlainFieldWinsOverTheArrayOfTheSameName() {
        assertEquals("7", BodyParameters.fromForm(bytes("ids[]=1&ids=7"), FORM).get("ids"));
    }

    @Test
    void formFieldsHonourTheDeclaredCharset() {
        byte[] latin1 = "name=caf%E9".getBytes(StandardCharsets.US_ASCII);

        assertEquals("café", BodyParameters.fromForm(latin1, MediaType.valueOf(
                "application/x-www-form-urlencoded; charset=ISO-8859-1")).get("name"));
    }

    @Test
    void aBrokenEscapeIsRefusedOnBody() {
        ValidationException refusal = assertThrows(ValidationException.class,
                () -> BodyParameters.fromForm(bytes("a=%G1"), FORM));
        assertEquals("body", refusal.field().orElseThrow());
    }

    @Test
    void theKindFollowsTheContentType() {
        assertEquals(BodyParameters.Kind.JSON, BodyParameters.kindOf(null));
        assertEquals(BodyParameters.Kind.JSON, BodyParameters.kindOf(MediaType.valueOf("application/json;charset=utf-8")));
        assertEquals(BodyParameters.Kind.JSON, BodyParameters.kindOf(MediaType.valueOf("application/merge-patch+json")));
        assertEquals(BodyParameters.Kind.FORM, BodyParameters.kindOf(FORM));
        assertEquals(BodyParameters.Kind.OTHER, BodyParameters.kindOf(MediaType.MULTIPART_FORM_DATA_TYPE));
        assertEquals(BodyParameters.Kind.OTHER, BodyParameters.kindOf(MediaType.TEXT_PLAIN_TYPE));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
