package io.parley.chat.domain.archfixture;

/** Breaks DOMAIN_IS_PLAIN_JAVA: a framework type in the domain. */
public class DomainUsesJackson {
    com.fasterxml.jackson.databind.ObjectMapper mapper;
}
