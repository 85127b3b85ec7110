package com.commercegraph.graphql.engine;

import io.smallrye.graphql.execution.datafetcher.PlugableDataFetcher;
import io.smallrye.graphql.schema.model.Field;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.schema.model.Type;
import io.smallrye.graphql.spi.DataFetcherService;

/**
 * Gives SmallRye GraphQL a {@link PlainFieldFetcher} for every field of a type (registered in
 * {@code META-INF/services}); operations keep the fetchers SmallRye and Quarkus choose.
 */
public final class PlainFieldFetchers implements DataFetcherService {

  @Override
  public Integer getPriority() {
    // After Quarkus's own service (1), which gives no field fetchers.
    return 100;
  }

  @Override
  public PlugableDataFetcher<?> getFieldDataFetcher(Field field, Type type, Reference owner) {
    return new PlainFieldFetcher<>(field, owner);
  }
}
