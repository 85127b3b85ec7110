package com.commercegraph.graphql;

import static io.restassured.RestAssured.given;

import io.restassured.response.ValidatableResponse;

/** A browser's CORS preflight for a GraphQL POST from {@code origin}. */
final class CorsPreflight {

  private CorsPreflight() {}

  static ValidatableResponse from(String origin) {
    return given()
        .header("Origin", origin)
        .header("Access-Control-Request-Method", "POST")
        .header("Access-Control-Request-Headers", "content-type")
        .when()
        .options("/graphql")
        .then();
  }
}
