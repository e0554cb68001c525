package io.parley.chat.adapter.ws.archfixture;

/** Breaks ADAPTERS_USE_PORTS_NOT_SERVICES. */
public class WsBuildsTheCore {
    io.parley.chat.application.service.ChatCore core;
}
