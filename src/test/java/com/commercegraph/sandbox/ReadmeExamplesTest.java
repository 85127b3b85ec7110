package com.commercegraph.sandbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.commercegraph.graphql.GraphQLClient;
import com.commercegraph.security.ApiKeyStore;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every GraphQL block of the README's "Try it" section, run in order against the sandbox as a
 * newcomer would paste them into GraphiQL, and then all again against the same sandbox. A block may
 * say {@code # expect: userError CODE}; all others must answer without errors or user errors. A
 * block's {@code $reference} gets a reference not used before, its {@code $id} the order the last
 * {@code createOrder} answered, as the README tells a reader to fill them in. They are sent with
 * the documented local key, as GraphiQL would send them.
 */
@QuarkusTest
@TestProfile(SandboxOn.class)
class ReadmeExamplesTest {

  private static final Pattern BLOCK = Pattern.compile("```graphql\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern GRAPHIQL_LINK =
      Pattern.compile("http://localhost:8080/q/graphql-ui/\\?headers=([^`\\s]+)");
  private static final Pattern EXPECT = Pattern.compile("# expect: userError (\\w+)");

  @Test
  void everyReadmeExampleWorksTwiceInARowAgainstOneSandbox() throws IOException {
    List<String> examples = readmeExamples();
    assertThat(examples).hasSizeGreaterThanOrEqualTo(10);

    // A newcomer pastes them again: each run creates what it changes, so the second passes too.
    for (int run = 1; run <= 2; run++) {
      String createdOrderId = null;
      for (String example : examples) {
        Map<String, Object> variables = new HashMap<>();
        if (example.contains("$reference")) {
          variables.put("reference", "README-" + run + "-" + System.nanoTime());
        }
        if (example.contains("$id")) {
          assertThat(createdOrderId).as("an order created by an earlier block").isNotNull();
          variables.put("id", createdOrderId);
        }
        JsonPath answer =
            GraphQLClient.postWithKey(ApiKeyStore.LOCAL_DEV_KEY, example, variables)
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(answer.getList("errors")).as("run " + run + ": " + example).isNull();
        Map<String, Object> data = answer.getMap("data");
        assertThat(data).as(example).isNotNull().isNotEmpty();
        Matcher expect = EXPECT.matcher(example);
        for (Object field : data.values()) {
          assertThat(field).as(example).isNotNull();
          if (field instanceof Map<?, ?> payload && payload.containsKey("userErrors")) {
            List<Object> codes =
                ((List<?>) payload.get("userErrors"))
                    .stream()
                        .map(e -> ((Map<?, ?>) e).get("code"))
                        .map(Object.class::cast)
                        .toList();
            if (expect.find()) {
              assertThat(codes).as(example).contains(expect.group(1));
            } else {
              assertThat(codes).as("run " + run + ": " + example).isEmpty();
            }
          }
        }
        String created = answer.getString("data.createOrder.order.id");
        if (created != null) {
          createdOrderId = created;
        }
      }
    }
  }

  @Test
  void theReadmeOrdersExampleMergesAllListingProviders() throws IOException {
    String orders = readmeExamples().get(0);
    List<String> providers =
        GraphQLClient.postWithKey(
                ApiKeyStore.LOCAL_DEV_KEY, orders.replace("first: 5", "first: 100"))
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("data.orders.edges.node.provider");
    assertThat(providers).contains("VEEQO", "VEEPE", "RECPLUS").doesNotContain("SHOPWEDO");
  }

  @Test
  void theReadmeStockExampleShowsTheSharedSkuAtEveryProviderSellingItShopwedoIncluded()
      throws IOException {
    String stock =
        readmeExamples().stream()
            .filter(example -> example.contains("stockLevels"))
            .findFirst()
            .orElseThrow();
    JsonPath answer =
        GraphQLClient.postWithKey(ApiKeyStore.LOCAL_DEV_KEY, stock)
            .statusCode(200)
            .extract()
            .jsonPath();

    assertThat(answer.getList("errors")).isNull();
    assertThat(answer.getList("data.stockLevels.edges.node.provider"))
        .contains("VEEQO", "RECPLUS", "SHOPWEDO");
    assertThat(answer.getList("data.stockLevels.edges.node.sku")).containsOnly("CG-TEA-001");
  }

  @Test
  void theReadmeGraphiqlLinkCarriesTheLocalKey() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    Matcher link = GRAPHIQL_LINK.matcher(readme);
    assertThat(link.find()).isTrue();
    Map<String, String> headers =
        new JsonPath(URLDecoder.decode(link.group(1), StandardCharsets.UTF_8)).getMap("");

    assertThat(headers).containsExactly(Map.entry("X-API-Key", ApiKeyStore.LOCAL_DEV_KEY));
    given()
        .urlEncodingEnabled(false)
        .get("/q/graphql-ui/?headers=" + link.group(1))
        .then()
        .statusCode(200);
  }

  private static List<String> readmeExamples() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf("### Try it in GraphiQL");
    int end = readme.indexOf("\n## ", start);
    Matcher blocks = BLOCK.matcher(readme.substring(start, end));
    List<String> examples = new ArrayList<>();
    while (blocks.find()) {
      examples.add(blocks.group(1));
    }
    return examples;
  }
}
