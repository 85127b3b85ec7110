package com.commercegraph.graphql;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.builder.ResponseSpecBuilder;
import io.restassured.specification.ResponseSpecification;
import java.util.List;

/**
 * What a mutation answered, as a request's outcome rather than its fields: accepted without any
 * error, or refused with one user error and no payload. Used as {@code
 * GraphQLClient.post(...).spec(MutationAnswer.accepted("createOrder"))}.
 */
public final class MutationAnswer {

  private MutationAnswer() {}

  /** No GraphQL error and no user error. */
  public static ResponseSpecification accepted(String mutation) {
    return new ResponseSpecBuilder()
        .expectBody("errors", nullValue())
        .expectBody("data." + mutation + ".userErrors", empty())
        .build();
  }

  /**
   * No GraphQL error, no {@code payload} (e.g. {@code order}), and one user error on {@code field}
   * with {@code code}.
   */
  public static ResponseSpecification refused(
      String mutation, String payload, List<String> field, String code) {
    return new ResponseSpecBuilder()
        .expectBody("errors", nullValue())
        .expectBody("data." + mutation + "." + payload, nullValue())
        .expectBody("data." + mutation + ".userErrors.field", contains(field))
        .expectBody("data." + mutation + ".userErrors.code", contains(code))
        .build();
  }
}
