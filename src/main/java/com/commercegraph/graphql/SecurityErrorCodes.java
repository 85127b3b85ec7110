package com.commercegraph.graphql;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.smallrye.graphql.api.ErrorExtensionProvider;
import jakarta.json.Json;
import jakarta.json.JsonValue;

/**
 * Gives the errors of Quarkus security ({@code @RolesAllowed} refusing a field) the codes clients
 * read, {@code FORBIDDEN} and {@code UNAUTHENTICATED}, instead of SmallRye's class-name default.
 * Service-loaded; for any other exception it adds nothing, so the other codes stay as they are.
 */
public class SecurityErrorCodes implements ErrorExtensionProvider {

  @Override
  public String getKey() {
    return "code";
  }

  @Override
  public JsonValue mapValueFrom(Throwable exception) {
    if (exception instanceof ForbiddenException) {
      return Json.createValue("FORBIDDEN");
    }
    if (exception instanceof UnauthorizedException) {
      return Json.createValue("UNAUTHENTICATED");
    }
    return null;
  }
}
