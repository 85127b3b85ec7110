package com.commercegraph.graphql.engine;

import com.commercegraph.graphql.limits.EngineHooks;
import graphql.GraphQL;
import graphql.schema.GraphQLSchema;
import graphql.schema.visibility.BlockedFields;
import graphql.schema.visibility.DefaultGraphqlFieldVisibility;
import io.quarkus.arc.Arc;
import io.smallrye.graphql.spi.EventingService;
import io.smallrye.graphql.spi.config.Config;

/**
 * Lets the engine look fields up directly while field visibility is left at its default. SmallRye
 * GraphQL 2.17 reads the default value {@code default} as a pattern of hidden fields and installs
 * graphql-java's {@code BlockedFields} for it, which builds the type-qualified name of every field
 * the engine looks at and matches it against that pattern: a tenth of what a list request allocated
 * (bench/reads.sh), to hide nothing. {@code no-introspection} and real patterns are left as
 * SmallRye installs them.
 */
public final class PlainFieldVisibility implements EventingService {

  @Override
  public String getConfigKey() {
    return EngineHooks.ENABLED;
  }

  @Override
  public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
    if (!Config.FIELD_VISIBILITY_DEFAULT.equals(Config.get().getFieldVisibility())) {
      return builder;
    }
    GraphQLSchema schema = Arc.container().instance(GraphQLSchema.class).get();
    if (!(schema.getCodeRegistry().getFieldVisibility() instanceof BlockedFields)) {
      return builder;
    }
    return builder.schema(
        schema.transform(
            plain ->
                plain.codeRegistry(
                    schema
                        .getCodeRegistry()
                        .transform(
                            registry ->
                                registry.fieldVisibility(
                                    DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY)))));
  }
}
