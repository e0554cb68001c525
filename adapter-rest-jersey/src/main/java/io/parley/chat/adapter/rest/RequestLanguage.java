package io.parley.chat.adapter.rest;

import io.parley.chat.domain.shared.Language;
import jakarta.ws.rs.core.HttpHeaders;

/** The language a request asks for (API.md j.10): Chinese unless {@code Accept-Language} prefers English. */
final class RequestLanguage {
    private RequestLanguage() {
    }

    static Language of(HttpHeaders headers) {
        return of(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    static Language of(String acceptLanguage) {
        return Language.fromAcceptLanguage(acceptLanguage);
    }
}
