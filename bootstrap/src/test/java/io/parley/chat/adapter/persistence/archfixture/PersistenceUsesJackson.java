package io.parley.chat.adapter.persistence.archfixture;

/** Breaks JACKSON_ONLY_IN_WIRE_ADAPTERS. */
public class PersistenceUsesJackson {
    com.fasterxml.jackson.databind.JsonNode node;
}
