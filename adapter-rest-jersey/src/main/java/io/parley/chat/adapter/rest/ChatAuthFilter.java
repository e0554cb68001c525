package io.parley.chat.adapter.rest;

import io.parley.chat.application.port.in.AuthenticateUseCase;
import io.parley.chat.application.port.in.AuthenticatedUser;
import io.parley.chat.domain.shared.DomainException;
import io.parley.chat.domain.shared.ReasonCode;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;

/**
 * The chat auth of the seed (API.md c.1): every path under {@code /api/chat} needs a live token, and a visitor
 * token only opens the allow-list. Runs before routing, so an unknown chat path without a token is
 * {@code TOKEN_MISSING}, not 404.
 */
@PreMatching
final class ChatAuthFilter implements ContainerRequestFilter {
    static final String CHAT_PATHS = "/api/chat";
    static final String TOKEN = "token";

    private static final String CALLER = AuthenticatedUser.class.getName();

    private final AuthenticateUseCase authenticate;

    ChatAuthFilter(AuthenticateUseCase authenticate) {
        this.authenticate = authenticate;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String path = RequestPath.of(request);
        if (!RequestPath.isUnder(path, CHAT_PATHS)) {
            return;
        }
        AuthenticatedUser caller = authenticate.authenticate(tokenOf(request));
        if (caller.actsAsVisitor() && !VisitorAllowList.admits(request.getMethod(), path)) {
            throw new DomainException(ReasonCode.VISITOR_FORBIDDEN);
        }
        request.setProperty(CALLER, caller);
    }

    /** The caller that this filter let through; only resources under {@code /api/chat} may ask. */
    static AuthenticatedUser callerOf(ContainerRequestContext request) {
        Object caller = request.getProperty(CALLER);
        if (caller == null) {
            throw new IllegalStateException("no authenticated caller on " + request.getUriInfo().getPath());
        }
        return (AuthenticatedUser) caller;
    }

    /** Header {@code token}, else query {@code token}, else body field {@code token} (the seed's order). */
    private static String tokenOf(ContainerRequestContext request) {
        String header = request.getHeaderString(TOKEN);
        if (header != null && !header.isBlank()) {
            return header;
        }
        RequestParams params = RequestParams.of(request);
        String query = params.fromQuery(TOKEN);
        if (query != null && !query.isBlank()) {
            return query;
        }
        return params.fromBody(TOKEN);
    }
}
