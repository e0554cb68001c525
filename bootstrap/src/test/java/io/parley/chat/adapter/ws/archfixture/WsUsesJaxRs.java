package io.parley.chat.adapter.ws.archfixture;

/** Breaks JERSEY_ONLY_IN_REST. */
public class WsUsesJaxRs {
    jakarta.ws.rs.core.Response response;
}
