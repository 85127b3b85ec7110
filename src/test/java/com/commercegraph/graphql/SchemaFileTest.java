package com.commercegraph.graphql;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The committed {@code schema.graphql} is exactly the schema the gateway serves. After a deliberate
 * schema change, rewrite the file with {@code ./mvnw test -Dtest=SchemaFileTest
 * -Dschema.write=true} and review the diff.
 */
@QuarkusTest
class SchemaFileTest {

  private static final Path SCHEMA_FILE = Path.of("schema.graphql");

  @Test
  void committedSchemaFileIsTheServedSchema() throws IOException {
    String served =
        given()
            .header("X-API-Key", GraphQLClient.EVERY_ROLE_KEY)
            .when()
            .get("/graphql/schema.graphql")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    if (Boolean.getBoolean("schema.write")) {
      Files.writeString(SCHEMA_FILE, served, StandardCharsets.UTF_8);
    }
    assertThat(SCHEMA_FILE).exists();
    assertThat(Files.readString(SCHEMA_FILE, StandardCharsets.UTF_8))
        .as("schema.graphql differs from the served schema; see this test's Javadoc")
        .isEqualTo(served);
  }
}
