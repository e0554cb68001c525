package io.parley.chat.adapter.rest;

import io.parley.chat.domain.shared.DomainException;
import io.parley.chat.domain.shared.ReasonCode;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;

/** Answers 404 to paths that {@link RequestPath} will not decide on; no client of the contract sends one. */
@PreMatching
final class CanonicalPathFilter implements ContainerRequestFilter {
    @Override
    public void filter(ContainerRequestContext request) {
        if (!RequestPath.isCanonical(request)) {
            throw new DomainException(ReasonCode.NOT_FOUND);
        }
    }
}
