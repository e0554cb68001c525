package io.parley.chat.adapter.rest.archfixture;

/** Breaks JOSE4J_ONLY_IN_SECURITY. */
public class RestSignsTokens {
    org.jose4j.jwt.JwtClaims claims;
}
