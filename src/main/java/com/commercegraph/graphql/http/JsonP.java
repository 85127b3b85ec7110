package com.commercegraph.graphql.http;

import jakarta.json.spi.JsonProvider;

/**
 * JSON-P's provider, looked up once. {@code jakarta.json.Json.createReader} and its siblings look
 * it up on every call, a scan of the class path for a service file: a few percent of the CPU of
 * every request when it was done per request (bench/reads.sh).
 */
final class JsonP {

  static final JsonProvider PROVIDER = JsonProvider.provider();

  private JsonP() {}
}
