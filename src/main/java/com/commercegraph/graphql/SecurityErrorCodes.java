package com.commercegraph.graphql;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.smallrye.graphql.execution.error.ErrorInfoMap;
import io.smallrye.graphql.schema.model.ErrorInfo;
import jakarta.enterprise.event.Observes;
import java.util.Map;

/**
 * Gives the errors of Quarkus security ({@code @RolesAllowed} refusing a field) the codes clients
 * read, {@code FORBIDDEN} and {@code UNAUTHENTICATED}, instead of SmallRye's class-name default
 * ({@code forbidden}). These classes cannot carry {@code @ErrorCode}, so they are added to the same
 * table SmallRye fills from that annotation. (A service-loaded {@code ErrorExtensionProvider} for
 * {@code code} does not work: SmallRye's own runs after it and overwrites the value.)
 */
class SecurityErrorCodes {

  void onStart(@Observes StartupEvent event) {
    ErrorInfoMap.register(
        Map.of(
            ForbiddenException.class.getName(),
            new ErrorInfo(ForbiddenException.class.getName(), "FORBIDDEN"),
            UnauthorizedException.class.getName(),
            new ErrorInfo(UnauthorizedException.class.getName(), "UNAUTHENTICATED")));
  }
}
