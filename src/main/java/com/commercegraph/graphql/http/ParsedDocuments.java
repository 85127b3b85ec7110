package com.commercegraph.graphql.http;

import com.commercegraph.graphql.limits.QueryLimits;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.language.Document;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import jakarta.inject.Singleton;
import java.io.StringReader;

/**
 * Parses operation documents within the token limit, keeping those parsed lately by their text.
 *
 * <p>Dashboards and apps send the same few documents again and again, and parsing one cost about a
 * twelfth of the gateway's CPU per answer in bench/reads.sh. A parsed document is immutable, so one
 * serves every request that sends the same text. What is kept is bounded by the documents' length,
 * not their number, so many unique documents cannot fill the heap: about 512 KB of text, a few
 * hundred dashboard queries.
 */
@Singleton
public class ParsedDocuments {

  private static final long KEPT_CHARACTERS = 512 * 1024;

  private final Cache<String, Document> parsed =
      Caffeine.newBuilder()
          .maximumWeight(KEPT_CHARACTERS)
          .<String, Document>weigher((text, document) -> text.length())
          .build();
  private final ParserOptions options;

  ParsedDocuments(QueryLimits limits) {
    this.options =
        ParserOptions.getDefaultOperationParserOptions()
            .transform(o -> o.maxTokens(limits.maxTokens()));
  }

  /**
   * The document's syntax tree.
   *
   * @throws graphql.parser.InvalidSyntaxException when it is not a GraphQL document
   * @throws graphql.parser.exceptions.ParseCancelledException when it has more tokens than allowed
   */
  public Document parse(String text) {
    return parsed.get(text, this::parseNow);
  }

  private Document parseNow(String text) {
    return Parser.parse(
        ParserEnvironment.newParserEnvironment()
            .document(new StringReader(text))
            .parserOptions(options)
            .build());
  }
}
