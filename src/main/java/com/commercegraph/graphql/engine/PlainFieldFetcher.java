package com.commercegraph.graphql.engine;

import graphql.GraphQLException;
import graphql.TrivialDataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.execution.datafetcher.PlugableDataFetcher;
import io.smallrye.graphql.execution.datafetcher.helper.FieldHelper;
import io.smallrye.graphql.schema.model.Field;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.spi.ClassloadingService;
import io.smallrye.graphql.transformation.AbstractDataFetcherException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import org.jboss.logging.Logger;

/**
 * Reads one field of a view (an order's {@code status}, a money's {@code amount}) as SmallRye
 * GraphQL's own {@code FieldDataFetcher} does, without filling SmallRye's request {@code Context}
 * first. SmallRye fills it for every field it reads: a copy of the context, the field's path as
 * text and its selected sub-fields as JSON, twice. Nothing in the gateway reads that context below
 * the top-level operations, which still get it from SmallRye's operation fetchers; on a page of
 * twenty orders it was the largest single cost of the gateway's CPU (bench/reads.sh, see the
 * README's benchmark).
 */
final class PlainFieldFetcher<T> implements PlugableDataFetcher<T>, TrivialDataFetcher<T> {

  private static final Logger LOG = Logger.getLogger(PlainFieldFetcher.class);

  private final Field field;
  private final Reference owner;
  private final FieldHelper output;
  // Resolved on first use, as SmallRye does: the owner class is loaded only once a query reads it.
  private volatile Accessor accessor;

  PlainFieldFetcher(Field field, Reference owner) {
    this.field = field;
    this.owner = owner;
    this.output = new FieldHelper(field);
  }

  @Override
  @SuppressWarnings("unchecked")
  public T get(DataFetchingEnvironment environment) throws Exception {
    Object value = accessor().read(environment.getSource());
    try {
      return (T) output.transformOrAdaptResponse(value, environment);
    } catch (AbstractDataFetcherException e) {
      // SmallRye's behaviour, kept: a value its transformer refuses is handed on as it is, and the
      // engine's own coercion decides.
      LOG.debugf(e, "field %s not transformed", field.getName());
      return (T) value;
    }
  }

  private Accessor accessor() {
    Accessor found = accessor;
    if (found == null) {
      found = resolve();
      accessor = found;
    }
    return found;
  }

  private Accessor resolve() {
    try {
      Class<?> type = ClassloadingService.get().loadClass(owner.getClassName());
      if (field.getMethodName() == null) {
        java.lang.reflect.Field javaField = type.getField(field.getPropertyName());
        return javaField::get;
      }
      Method method = type.getMethod(field.getMethodName());
      return source -> {
        try {
          return method.invoke(source);
        } catch (InvocationTargetException e) {
          throw e.getCause() instanceof Exception cause ? cause : e;
        }
      };
    } catch (ReflectiveOperationException e) {
      throw new GraphQLException(e);
    }
  }

  @FunctionalInterface
  private interface Accessor {
    Object read(Object source) throws Exception;
  }
}
