package com.commercegraph.graphql;

import static org.hamcrest.Matchers.is;

import io.restassured.builder.ResponseSpecBuilder;
import io.restassured.specification.ResponseSpecification;

/**
 * What the first error of a GraphQL answer says, by its extensions: the code and the provider it
 * names, and for a write of unknown outcome the reference to look it up by. Used as {@code
 * GraphQLClient.post(...).spec(FirstError.of("PROVIDER_UNAVAILABLE", "VEEQO"))}.
 */
public final class FirstError {

  private FirstError() {}

  /** The first error has this code and names this provider. */
  public static ResponseSpecification of(String code, String provider) {
    return new ResponseSpecBuilder()
        .expectBody("errors[0].extensions.code", is(code))
        .expectBody("errors[0].extensions.provider", is(provider))
        .build();
  }

  /** The first error says a write to {@code provider} may or may not have happened. */
  public static ResponseSpecification outcomeUnknown(String provider, String reference) {
    return new ResponseSpecBuilder()
        .addResponseSpecification(of("OUTCOME_UNKNOWN", provider))
        .expectBody("errors[0].extensions.reference", is(reference))
        .build();
  }
}
