package com.commercegraph.graphql;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;

/** Posts GraphQL documents to the running gateway over HTTP, as a dashboard would. */
public final class GraphQLClient {

  private GraphQLClient() {}

  public static ValidatableResponse post(String document) {
    return post(document, Map.of());
  }

  public static ValidatableResponse post(String document, Map<String, Object> variables) {
    return given()
        .contentType(ContentType.JSON)
        .accept(ContentType.JSON)
        .body(Map.of("query", document, "variables", variables))
        .when()
        .post("/graphql")
        .then();
  }
}
