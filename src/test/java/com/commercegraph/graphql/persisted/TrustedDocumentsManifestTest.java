package com.commercegraph.graphql.persisted;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The two manifest formats load; anything else stops start-up naming the file. */
class TrustedDocumentsManifestTest {

  private static final String APOLLO = "src/test/resources/trusted/apollo-manifest.json";
  private static final String CODEGEN =
      "src/test/resources/trusted/codegen-persisted-documents.json";

  @Test
  void apollosManifestIsReadByOperationId() {
    String body = "query Providers { providers { provider enabled } }";
    Map<String, String> documents = TrustedDocuments.read(APOLLO);
    assertThat(documents).containsEntry(DocumentHash.of(body), body);
  }

  @Test
  void graphqlCodegensPersistedDocumentsAreReadByHash() {
    String body = "query TypeName { __typename }";
    TrustedDocuments trusted = new TrustedDocuments(Optional.of(CODEGEN), true);
    assertThat(trusted.find(DocumentHash.of(body))).contains(body);
    assertThat(trusted.only()).isTrue();
  }

  @Test
  void aFileThatIsNotJsonStopsStartUpNamingIt(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("manifest.json"), "{ not json");
    assertThatThrownBy(() -> new TrustedDocuments(Optional.of(file.toString()), true))
        .isInstanceOf(InvalidTrustedDocumentsException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("COMMERCE_TRUSTED_DOCUMENTS");
  }

  @Test
  void anIdThatIsNotTheHashOfItsDocumentStopsStartUp(@TempDir Path dir) throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("persisted-documents.json"),
            "{\"" + "0".repeat(64) + "\": \"{ __typename }\"}");
    assertThatThrownBy(() -> TrustedDocuments.read(file.toString()))
        .isInstanceOf(InvalidTrustedDocumentsException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("is not the SHA-256 of its document");
  }

  @Test
  void anOperationWithoutBodyStopsStartUp(@TempDir Path dir) throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("manifest.json"),
            "{\"format\":\"apollo-persisted-query-manifest\",\"version\":1,"
                + "\"operations\":[{\"id\":\"x\"}]}");
    assertThatThrownBy(() -> TrustedDocuments.read(file.toString()))
        .isInstanceOf(InvalidTrustedDocumentsException.class)
        .hasMessageContaining("operation 1");
  }

  @Test
  void aMissingFileStopsStartUpNamingIt() {
    assertThatThrownBy(() -> TrustedDocuments.read("no/such/manifest.json"))
        .isInstanceOf(InvalidTrustedDocumentsException.class)
        .hasMessageContaining("no/such/manifest.json");
  }

  @Test
  void trustedOnlyWithoutAManifestStopsStartUp() {
    assertThatThrownBy(() -> new TrustedDocuments(Optional.empty(), true))
        .isInstanceOf(InvalidTrustedDocumentsException.class)
        .hasMessageContaining("COMMERCE_TRUSTED_DOCUMENTS");
  }
}
