package com.commercegraph.graphql;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** A production app's gateway: only the documents of the shipped manifest may run. */
public class TrustedDocumentsOnly implements QuarkusTestProfile {

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of(
        "commerce.trusted-documents", "src/test/resources/trusted/apollo-manifest.json",
        "commerce.trusted-documents-only", "true");
  }
}
