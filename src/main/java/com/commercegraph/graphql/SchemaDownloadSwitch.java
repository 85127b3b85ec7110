package com.commercegraph.graphql;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Takes {@code /graphql/schema.graphql} away when introspection is off ({@code
 * quarkus.smallrye-graphql.field-visibility=no-introspection}): the printed schema tells what
 * introspection would. Quarkus fixes that endpoint at build time ({@code schema-available}), so a
 * production switch has to answer 404 in front of it.
 */
@ApplicationScoped
class SchemaDownloadSwitch {

  private static final String NO_INTROSPECTION = "no-introspection";

  private final String fieldVisibility;

  SchemaDownloadSwitch(
      @ConfigProperty(name = "quarkus.smallrye-graphql.field-visibility", defaultValue = "default")
          String fieldVisibility) {
    this.fieldVisibility = fieldVisibility;
  }

  void hideSchemaWithoutIntrospection(@Observes Router router) {
    if (NO_INTROSPECTION.equalsIgnoreCase(fieldVisibility.trim())) {
      router
          .get("/graphql/schema.graphql")
          .order(Integer.MIN_VALUE)
          .handler(context -> context.response().setStatusCode(404).end());
    }
  }
}
