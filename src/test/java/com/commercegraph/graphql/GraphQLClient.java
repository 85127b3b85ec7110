package com.commercegraph.graphql;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.Map;

/**
 * Posts GraphQL documents to the running gateway over HTTP, as a dashboard would. {@link #post}
 * authenticates with the test key that holds every role ({@code %test.commerce.api-keys}); the
 * other methods choose the credentials.
 */
public final class GraphQLClient {

  /** The test profile's API key with every role. */
  public static final String EVERY_ROLE_KEY = "test-every-role";

  private GraphQLClient() {}

  public static ValidatableResponse post(String document) {
    return post(document, Map.of());
  }

  public static ValidatableResponse post(String document, Map<String, Object> variables) {
    return send(Map.of("X-API-Key", EVERY_ROLE_KEY), document, variables);
  }

  /** The answer to {@code document}, which must come with HTTP 200, to read as JSON. */
  public static JsonPath answer(String document, Map<String, Object> variables) {
    return post(document, variables).statusCode(200).extract().jsonPath();
  }

  /** The answer to {@code document}, which must carry no GraphQL error. */
  public static JsonPath answerWithoutErrors(String document, Map<String, Object> variables) {
    JsonPath answer = answer(document, variables);
    assertThat(answer.getList("errors")).as("errors").isNull();
    return answer;
  }

  public static ValidatableResponse postWithKey(String apiKey, String document) {
    return postWithKey(apiKey, document, Map.of());
  }

  public static ValidatableResponse postWithKey(
      String apiKey, String document, Map<String, Object> variables) {
    return send(Map.of("X-API-Key", apiKey), document, variables);
  }

  public static ValidatableResponse postWithBearer(String token, String document) {
    return send(Map.of("Authorization", "Bearer " + token), document, Map.of());
  }

  public static ValidatableResponse postWithoutCredentials(String document) {
    return send(Map.of(), document, Map.of());
  }

  private static ValidatableResponse send(
      Map<String, String> headers, String document, Map<String, Object> variables) {
    return given()
        .headers(headers)
        .contentType(ContentType.JSON)
        .accept(ContentType.JSON)
        .body(Map.of("query", document, "variables", variables))
        .when()
        .post("/graphql")
        .then();
  }
}
