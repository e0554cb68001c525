package io.parley.chat.adapter.rest;

import io.parley.chat.application.port.in.Readiness;
import io.parley.chat.application.port.in.ReadinessUseCase;
import io.parley.chat.domain.shared.ReasonCode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/**
 * What a load balancer asks, without a token: {@code GET /health} — the process answers at all (liveness);
 * {@code GET /ready} — it can serve, every dependency it was given answers (readiness), else 503 naming those that
 * do not, e.g. {@code {"msg":"fail","data":"unreachable: redis","code":"NOT_READY"}}.
 */
@Path("/")
public final class HealthResource {
    private final ReadinessUseCase readiness;

    HealthResource(RestApi.UseCases useCases) {
        this.readiness = useCases.readiness();
    }

    @GET
    @Path("health")
    public Response health() {
        return Response.ok(SuccessBody.of("up"), Failures.JSON).build();
    }

    @GET
    @Path("ready")
    public Response ready() {
        Readiness answer = readiness.readiness();
        if (answer.ready()) {
            return Response.ok(SuccessBody.of("ready"), Failures.JSON).build();
        }
        ReasonCode reason = ReasonCode.NOT_READY;
        return Response.status(FailureStatus.of(reason)).type(Failures.JSON)
                .entity(FailureBody.of("unreachable: " + String.join(", ", answer.unreachable()), reason.name(),
                        null, null))
                .build();
    }
}
