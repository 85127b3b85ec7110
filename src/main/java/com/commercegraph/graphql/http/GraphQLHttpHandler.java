package com.commercegraph.graphql.http;

import com.commercegraph.graphql.limits.QueryLimits;
import com.commercegraph.graphql.persisted.PersistedDocuments;
import com.commercegraph.graphql.persisted.PersistedDocuments.Resolution;
import graphql.ExecutionResult;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.language.SourceLocation;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.exceptions.ParseCancelledException;
import graphql.parser.exceptions.ParseCancelledTooManyCharsException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.smallrye.graphql.runtime.SmallRyeGraphQLAbstractHandler;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.ExecutionResponseWriter;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The GraphQL endpoint over HTTP, in front of SmallRye GraphQL's engine: POST (one operation or a
 * batch) and GET (queries only), persisted documents, the status codes and media types of the
 * GraphQL-over-HTTP spec, clean errors, and caching headers on GET. It extends SmallRye's own
 * handler base, so the request context, the caller's identity and the engine are set up exactly as
 * for SmallRye's route, which it replaces; every operation still goes through the same engine, and
 * so through the role checks, the query limits and the per-call deadlines.
 */
class GraphQLHttpHandler extends SmallRyeGraphQLAbstractHandler {

  private static final Logger LOG = Logger.getLogger(GraphQLHttpHandler.class);

  private final PersistedDocuments documents;
  private final QueryLimits limits;
  private final ParsedDocuments parsedDocuments;
  private final HttpSettings settings;
  private final HttpAnswers answers;
  private final OperationTelemetry telemetry;

  GraphQLHttpHandler(
      CurrentIdentityAssociation identity,
      CurrentVertxRequest request,
      PersistedDocuments documents,
      QueryLimits limits,
      ParsedDocuments parsedDocuments,
      HttpSettings settings,
      HttpAnswers answers,
      OperationTelemetry telemetry) {
    super(identity, request, true);
    this.parsedDocuments = parsedDocuments;
    this.telemetry = telemetry;
    this.documents = documents;
    this.limits = limits;
    this.settings = settings;
    this.answers = answers;
  }

  @Override
  protected void doHandle(RoutingContext ctx) {
    Optional<ResponseFormat> format =
        ResponseFormat.negotiate(ctx.request().getHeader(HttpHeaders.ACCEPT));
    if (format.isEmpty()) {
      answers.refuse(
          ctx,
          ResponseFormat.JSON,
          new HttpRefusal(
              406,
              "NOT_ACCEPTABLE",
              "Accept application/graphql-response+json or application/json"));
      return;
    }
    try {
      if (ctx.request().method() == HttpMethod.GET) {
        OperationRequest request = OperationRequest.fromQueryParameters(ctx.queryParams());
        answers.sendGet(ctx, format.get(), run(ctx, request, true));
      } else if (ctx.request().method() == HttpMethod.POST) {
        post(ctx, format.get());
      } else {
        ctx.response().putHeader(HttpHeaders.ALLOW, "GET, POST");
        throw new HttpRefusal(405, "METHOD_NOT_ALLOWED", "GraphQL takes GET and POST");
      }
    } catch (HttpRefusal refusal) {
      answers.refuse(ctx, format.get(), refusal);
    }
  }

  private void post(RoutingContext ctx, ResponseFormat format) {
    String contentType = ctx.request().getHeader(HttpHeaders.CONTENT_TYPE);
    String body = ctx.body() == null ? null : ctx.body().asString("UTF-8");
    if (contentType == null || contentType.isBlank()) {
      throw new HttpRefusal(
          415, "UNSUPPORTED_MEDIA_TYPE", "A POST needs Content-Type: application/json");
    }
    String mediaType = contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
    if (mediaType.equals("application/graphql")) {
      answers.sendPost(
          ctx, format, run(ctx, new OperationRequest(body, null, null, null, null), false));
      return;
    }
    if (!mediaType.equals("application/json")) {
      throw new HttpRefusal(
          415, "UNSUPPORTED_MEDIA_TYPE", "A POST body is application/json, not " + mediaType);
    }
    if (body == null || body.isBlank()) {
      throw HttpRefusal.badRequest("The request body is empty");
    }
    JsonValue parsed = OperationRequest.parse(body, "The request body");
    if (parsed instanceof jakarta.json.JsonArray batch) {
      if (batch.isEmpty() || batch.size() > settings.maxBatchSize()) {
        throw new HttpRefusal(
            400,
            "BATCH_TOO_LARGE",
            "A batch holds 1 to " + settings.maxBatchSize() + " operations");
      }
      List<String> results = new ArrayList<>();
      for (JsonValue entry : batch) {
        Answer answer;
        try {
          answer = run(ctx, OperationRequest.fromJson(entry), false);
        } catch (HttpRefusal refusal) {
          answer = refused(refusal.body(), refusal.code());
        }
        results.add(answer.body());
      }
      answers.sendBatch(ctx, format, "[" + String.join(",", results) + "]");
      return;
    }
    answers.sendPost(ctx, format, run(ctx, OperationRequest.fromJson(parsed), false));
  }

  /** One operation, traced, timed and named in the log context ({@link OperationTelemetry}). */
  private Answer run(RoutingContext ctx, OperationRequest request, boolean overGet) {
    OperationTelemetry.Operation operation = telemetry.start(request.operationName());
    String outcome = "failed";
    try {
      Answer answer = run(ctx, request, overGet, operation);
      outcome = outcome(answer);
      return answer;
    } catch (HttpRefusal refusal) {
      outcome = "refused";
      throw refusal;
    } finally {
      operation.end(outcome);
    }
  }

  private static String outcome(Answer answer) {
    if (answer.code() != null) {
      return "refused";
    }
    if (answer.requestError()) {
      return "failed";
    }
    return answer.hasErrors() ? "partial" : "ok";
  }

  /** One operation: its document resolved and parsed, then executed by the engine. */
  private Answer run(
      RoutingContext ctx,
      OperationRequest request,
      boolean overGet,
      OperationTelemetry.Operation operation) {
    if ((request.query() == null || request.query().isBlank()) && request.persistedId() == null) {
      throw HttpRefusal.badRequest("The request has no query and no persisted document id");
    }
    Resolution resolution = documents.resolve(request.query(), request.persistedId());
    if (resolution.refused()) {
      return refused(
          HttpRefusal.errorBody(resolution.message(), resolution.code()), resolution.code());
    }
    Document parsed;
    try {
      parsed = parsedDocuments.parse(resolution.document());
    } catch (ParseCancelledException | ParseCancelledTooManyCharsException e) {
      return refused(
          HttpRefusal.errorBody(
              "The document has more than " + limits.maxTokens() + " tokens", "TOO_MANY_TOKENS"),
          "TOO_MANY_TOKENS");
    } catch (InvalidSyntaxException e) {
      return refused(syntaxError(e), "GRAPHQL_PARSE_FAILED");
    }
    documents.register(resolution);
    operation.describe(parsed, request.operationName());
    if (overGet && !isQuery(parsed, request.operationName())) {
      ctx.response().putHeader(HttpHeaders.ALLOW, "POST");
      throw new HttpRefusal(405, "METHOD_NOT_ALLOWED", "Mutations are sent with POST, not GET");
    }
    return execute(ctx, request.toExecutionInput(resolution.document()));
  }

  /** A refusal before the engine: one WARN line, as every expected refusal. */
  private static Answer refused(JsonObject body, String code) {
    LOG.warnf(
        "GraphQL refused: %s (%s)",
        code, body.getJsonArray("errors").getJsonObject(0).getString("message"));
    return new Answer(body.encode(), true, true, code);
  }

  private Answer execute(RoutingContext ctx, jakarta.json.JsonObject input) {
    CapturingWriter writer = new CapturingWriter();
    getExecutionService().executeSync(input, getMetaData(ctx), writer);
    if (writer.failure != null) {
      throw new IllegalStateException("GraphQL execution failed", writer.failure);
    }
    ExecutionResult result = writer.response.getExecutionResult();
    String body =
        ClientErrors.shape(writer.response.getExecutionResultAsJsonObject(), result.getErrors());
    return new Answer(body, !result.isDataPresent(), !result.getErrors().isEmpty(), null);
  }

  private static boolean isQuery(Document document, String operationName) {
    List<OperationDefinition> operations =
        document.getDefinitionsOfType(OperationDefinition.class).stream()
            .filter(op -> operationName == null || operationName.equals(op.getName()))
            .toList();
    return operations.stream()
        .allMatch(op -> op.getOperation() == OperationDefinition.Operation.QUERY);
  }

  private static JsonObject syntaxError(InvalidSyntaxException e) {
    JsonObject body = HttpRefusal.errorBody(e.getMessage(), "GRAPHQL_PARSE_FAILED");
    SourceLocation location = e.getLocation();
    if (location != null) {
      body.getJsonArray("errors")
          .getJsonObject(0)
          .put(
              "locations",
              new JsonArray()
                  .add(
                      new JsonObject()
                          .put("line", location.getLine())
                          .put("column", location.getColumn())));
    }
    return body;
  }

  /**
   * What one operation answered.
   *
   * @param body the answer as JSON text
   * @param requestError the document never ran (refused, unparsable, invalid): no {@code data}
   * @param hasErrors the answer holds errors
   * @param code the refusal's code when it never reached the engine, else null
   */
  record Answer(String body, boolean requestError, boolean hasErrors, String code) {}

  private static final class CapturingWriter implements ExecutionResponseWriter {

    private ExecutionResponse response;
    private Throwable failure;

    @Override
    public void write(ExecutionResponse response) {
      this.response = response;
    }

    @Override
    public void fail(Throwable t) {
      this.failure = t;
    }
  }
}
