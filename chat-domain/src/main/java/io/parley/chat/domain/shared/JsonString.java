package io.parley.chat.domain.shared;

/**
 * A text as a JSON string literal (RFC 8259), for the few JSON documents the core writes itself (notices, QR texts):
 * the domain and the application have no JSON library, and user names inside them must not break the document.
 */
public final class JsonString {
    private JsonString() {
    }

    /** {@code text} quoted, with quotes, backslashes and control characters escaped. */
    public static String quoted(String text) {
        StringBuilder json = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }
}
