package com.commercegraph.graphql.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import com.commercegraph.graphql.GraphQLClient;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketConnectOptions;
import java.net.URL;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The cases of the GraphQL-over-HTTP audit ({@code graphql-http}, the spec's conformance suite),
 * each by the id the audit gives it, for both media types. {@code bench/graphql-http-audit.sh} runs
 * the audit itself against a running gateway.
 */
@QuarkusTest
class GraphQLOverHttpTest {

  @TestHTTPResource("/graphql")
  URL graphql;

  private static final String GRAPHQL_RESPONSE = "application/graphql-response+json";
  private static final String JSON = "application/json";
  private static final String TYPENAME = "{ __typename }";

  private static RequestSpecification caller() {
    return given().header("X-API-Key", GraphQLClient.EVERY_ROLE_KEY);
  }

  private static RequestSpecification post(String accept, Object body) {
    RequestSpecification request = caller().contentType(JSON).body(body);
    return accept == null ? request : request.accept(accept);
  }

  @Test
  void acceptingGraphqlResponseJsonAnswersInThatType22EB() {
    post(GRAPHQL_RESPONSE, Map.of("query", TYPENAME))
        .post("/graphql")
        .then()
        .statusCode(200)
        .contentType(startsWith(GRAPHQL_RESPONSE))
        .body("data.__typename", equalTo("Query"));
  }

  @ParameterizedTest
  @ValueSource(strings = {JSON, "*/*", "application/*"})
  void acceptingJsonOrAWildcardAnswersApplicationJson4655and47DE(String accept) {
    post(accept, Map.of("query", TYPENAME))
        .post("/graphql")
        .then()
        .statusCode(200)
        .contentType(startsWith(JSON))
        .header("Content-Type", containsString("charset=utf-8"));
  }

  @Test
  void withoutAcceptTheAnswerIsApplicationJson80D8() {
    caller()
        .contentType(JSON)
        .body(Map.of("query", TYPENAME))
        .post("/graphql")
        .then()
        .statusCode(200)
        .contentType(startsWith(JSON));
  }

  @Test
  void anAcceptOfNeitherTypeIs406WithAGraphqlErrorBody() {
    post("text/html", Map.of("query", TYPENAME))
        .post("/graphql")
        .then()
        .statusCode(406)
        .body("errors[0].extensions.code", equalTo("NOT_ACCEPTABLE"));
  }

  @Test
  void aPostWithoutContentTypeIs4xx9ABE() {
    caller()
        .body("{\"query\":\"{ __typename }\"}".getBytes())
        .post("/graphql")
        .then()
        .statusCode(415)
        .body("errors[0].extensions.code", equalTo("UNSUPPORTED_MEDIA_TYPE"));
  }

  @ParameterizedTest
  @ValueSource(strings = {JSON, GRAPHQL_RESPONSE})
  void aBodyThatIsNotJsonIs400BCF8andB7N8(String accept) {
    post(accept, "{ \"not a JSON")
        .post("/graphql")
        .then()
        .statusCode(400)
        .body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
  }

  @Test
  void aPostWithoutBodyIs400A5BF() {
    caller().contentType(JSON).post("/graphql").then().statusCode(400);
  }

  @ParameterizedTest
  @MethodSource("invalidParameters")
  void aParameterOfTheWrongTypeIs400(String parameter, Object invalid) {
    Map<String, Object> body = new HashMap<>();
    body.put("query", TYPENAME);
    body.put(parameter, invalid);
    post(null, body)
        .post("/graphql")
        .then()
        .statusCode(400)
        .body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
  }

  /** LKJ0-3 (query), 6C00-3 (operationName), 4760-3 (variables), 58B0-3 (extensions). */
  static List<Object[]> invalidParameters() {
    return List.of(
        new Object[] {"query", Map.of("obj", "ect")},
        new Object[] {"query", 0},
        new Object[] {"query", false},
        new Object[] {"query", List.of("array")},
        new Object[] {"operationName", Map.of("obj", "ect")},
        new Object[] {"operationName", 0},
        new Object[] {"operationName", false},
        new Object[] {"operationName", List.of("array")},
        new Object[] {"variables", "string"},
        new Object[] {"variables", 0},
        new Object[] {"variables", false},
        new Object[] {"variables", List.of("array")},
        new Object[] {"extensions", "string"},
        new Object[] {"extensions", 0},
        new Object[] {"extensions", false},
        new Object[] {"extensions", List.of("array")});
  }

  @Test
  void aMissingQueryIs400423Land3E3A() {
    post(GRAPHQL_RESPONSE, Map.of("qeury", TYPENAME)).post("/graphql").then().statusCode(400);
    post(JSON, Map.of("qeury", TYPENAME)).post("/graphql").then().statusCode(400);
  }

  @ParameterizedTest
  @ValueSource(strings = {"variables", "operationName", "extensions"})
  void nullParametersAreAllowed94B0to2(String parameter) {
    Map<String, Object> body = new HashMap<>();
    body.put("query", TYPENAME);
    body.put(parameter, null);
    for (String accept : List.of(GRAPHQL_RESPONSE, JSON)) {
      post(accept, body).post("/graphql").then().statusCode(200).body("$", not(hasKey("errors")));
    }
  }

  @Test
  void operationNameVariablesAndExtensionsMapsAreAllowed8161_2EA1_428F() {
    post(
            GRAPHQL_RESPONSE,
            Map.of(
                "operationName",
                "Type",
                "query",
                "query Type($name: String!) { __type(name: $name) { name } }",
                "variables",
                Map.of("name", "Order"),
                "extensions",
                Map.of("some", "value")))
        .post("/graphql")
        .then()
        .statusCode(200)
        .body("data.__type.name", equalTo("Order"));
  }

  @Test
  void aDocumentThatDoesNotParseIs400WithoutDataForGraphqlResponseJson556A_D586() {
    post(GRAPHQL_RESPONSE, Map.of("query", "{"))
        .post("/graphql")
        .then()
        .statusCode(400)
        .body("$", not(hasKey("data")))
        .body("errors[0].extensions.code", equalTo("GRAPHQL_PARSE_FAILED"))
        .body("errors[0].locations[0].line", equalTo(1));
  }

  @Test
  void aDocumentThatDoesNotParseIs200ForApplicationJson572B() {
    post(JSON, Map.of("query", "{"))
        .post("/graphql")
        .then()
        .statusCode(200)
        .body("errors[0].extensions.code", equalTo("GRAPHQL_PARSE_FAILED"));
  }

  @Test
  void anInvalidDocumentIs400WithoutDataForGraphqlResponseJsonAnd200ForJsonFDE2() {
    // The audit's own document does not even parse (a name cannot start with a digit).
    for (String invalid : List.of("{ 8f31403dfe404bccbb0e835f2629c6a7 }", "{ noSuchField }")) {
      post(GRAPHQL_RESPONSE, Map.of("query", invalid))
          .post("/graphql")
          .then()
          .statusCode(400)
          .body("$", not(hasKey("data")));
      post(JSON, Map.of("query", invalid)).post("/graphql").then().statusCode(200);
    }
    post(GRAPHQL_RESPONSE, Map.of("query", "{ noSuchField }"))
        .post("/graphql")
        .then()
        .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"));
  }

  @Test
  void aVariableThatDoesNotCoerceIs400ForGraphqlResponseJsonAnd200ForJson7B9B() {
    Map<String, Object> variables = new HashMap<>();
    variables.put("id", null);
    // The audit's document leaves the variable unused, a validation error before coercion.
    for (String document :
        List.of(
            "query CoerceFailure($id: ID!){ __typename }",
            "query CoerceFailure($id: ID!){ order(id: $id) { id } }")) {
      Map<String, Object> body = Map.of("query", document, "variables", variables);
      post(GRAPHQL_RESPONSE, body)
          .post("/graphql")
          .then()
          .statusCode(400)
          .body("$", not(hasKey("data")));
      post(JSON, body).post("/graphql").then().statusCode(200);
    }
    post(
            GRAPHQL_RESPONSE,
            Map.of(
                "query",
                "query CoerceFailure($id: ID!){ order(id: $id) { id } }",
                "variables",
                variables))
        .post("/graphql")
        .then()
        .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
  }

  @Test
  void aQueryRunsOverGetWithUrlEncodedVariables5A70_D6D5_6A70() {
    caller()
        .accept(GRAPHQL_RESPONSE)
        .queryParam("query", "query Type($name: String!) { __type(name: $name) { name } }")
        .queryParam("variables", "{\"name\":\"Money\"}")
        .get("/graphql")
        .then()
        .statusCode(200)
        .contentType(startsWith(GRAPHQL_RESPONSE))
        .body("data.__type.name", equalTo("Money"));
  }

  @Test
  void aMutationOverGetIs405AndNotRun9C48() {
    caller()
        .accept(GRAPHQL_RESPONSE)
        .queryParam("query", "mutation { cancelOrder(id: \"x\") { userErrors { code } } }")
        .get("/graphql")
        .then()
        .statusCode(405)
        .header("Allow", "POST")
        .body("errors[0].extensions.code", equalTo("METHOD_NOT_ALLOWED"));
  }

  @Test
  void anotherMethodIs405() {
    caller()
        .contentType(JSON)
        .body(Map.of("query", TYPENAME))
        .put("/graphql")
        .then()
        .statusCode(405)
        .header("Allow", "GET, POST");
  }

  @Test
  void utf8IsReadAndWrittenBF61() {
    post(JSON, Map.of("query", "{ __type(name: \"Run🏃Swim🏊\") { name } }"))
        .post("/graphql")
        .then()
        .statusCode(200)
        .body("data.__type", nullValue());
  }

  @Test
  void aPostIsNeverCachedByTheClient() {
    post(JSON, Map.of("query", TYPENAME))
        .post("/graphql")
        .then()
        .statusCode(200)
        .header("Cache-Control", "no-store")
        .header("ETag", nullValue());
  }

  @Test
  void theWebSocketUpgradeOnTheSamePathIsStillServedBySmallRye() throws Exception {
    Vertx vertx = Vertx.vertx();
    try {
      WebSocketConnectOptions options =
          new WebSocketConnectOptions()
              .setHost(graphql.getHost())
              .setPort(graphql.getPort())
              .setURI("/graphql")
              .addSubProtocol("graphql-transport-ws")
              .addHeader("X-API-Key", GraphQLClient.EVERY_ROLE_KEY);
      WebSocket socket =
          vertx
              .createHttpClient()
              .webSocket(options)
              .toCompletionStage()
              .toCompletableFuture()
              .get(10, TimeUnit.SECONDS);
      assertThat(socket.subProtocol()).isEqualTo("graphql-transport-ws");
      socket.close();
    } finally {
      vertx.close();
    }
  }
}
