package com.commercegraph.graphql.limits;

import graphql.GraphQL;
import io.quarkus.arc.Arc;
import io.smallrye.graphql.spi.EventingService;

/**
 * Hands SmallRye GraphQL's engine builder to {@link QueryLimitsInstaller}. SmallRye finds this
 * service in {@code META-INF/services} and uses it while the configuration key below is true.
 *
 * <p>Why not SmallRye's CDI events ({@code quarkus.smallrye-graphql.events.enabled} and an observer
 * of {@code GraphQL.Builder})? With them on, SmallRye also fires five CDI events on every request,
 * each resolving its observers afresh: about 5% of the gateway's CPU per request in bench/reads.sh,
 * for events nothing here observes.
 */
public final class EngineHooks implements EventingService {

  /**
   * Set in application.properties; not a setting: without it no query limit would apply. The
   * engine's other hooks (graphql/engine) use it too.
   */
  public static final String ENABLED = "commerce.graphql.engine-hooks";

  @Override
  public String getConfigKey() {
    return ENABLED;
  }

  @Override
  public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
    Arc.container().instance(QueryLimitsInstaller.class).get().install(builder);
    return builder;
  }
}
