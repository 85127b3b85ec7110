package com.commercegraph.graphql.persisted;

/** Start-up failure: the trusted-documents manifest is missing or malformed (names the file). */
public class InvalidTrustedDocumentsException extends RuntimeException {

  InvalidTrustedDocumentsException(String message) {
    super(message);
  }
}
