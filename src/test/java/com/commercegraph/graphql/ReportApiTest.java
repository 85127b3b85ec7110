package com.commercegraph.graphql;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import com.commercegraph.provider.veepe.VeepeStubs;
import com.commercegraph.registry.EntityKind;
import com.commercegraph.registry.Provider;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReportApiTest {

  private static final String REPORT_ID = "ab03a1b5-1179-4a68-9062-1921ffb01ae8";
  private static final String REPORT = NodeId.encode(Provider.VEEPE, EntityKind.REPORT, REPORT_ID);

  private static final String REPORT_QUERY =
      """
      query ($id: ID!) {
        report(id: $id) { id provider type status message downloadUrl createdAt }
      }
      """;
  private static final String NODE_QUERY =
      """
      query ($id: ID!) {
        node(id: $id) { id ... on Report { type status } }
      }
      """;
  private static final String REPORTS_QUERY =
      """
      query ($first: Int, $after: String) {
        reports(first: $first, after: $after) {
          edges { cursor node { id type status } }
          pageInfo { hasNextPage endCursor }
        }
      }
      """;

  private final WireMockServer veepe = VeepeStubs.server();

  @Test
  void reportByIdIsVeepesReport() {
    veepe.stubFor(
        get(urlEqualTo("/v1/reports/" + REPORT_ID))
            .willReturn(okJson(VeepeStubs.payload("report.json"))));

    GraphQLClient.post(REPORT_QUERY, Map.of("id", REPORT))
        .statusCode(200)
        .body("errors", nullValue())
        .body("data.report.id", is(REPORT))
        .body("data.report.provider", is("VEEPE"))
        .body("data.report.type", is("ORDER_REPORT"))
        .body("data.report.status", is("COMPLETED"))
        .body("data.report.message", is("Report generated successfully"))
        .body(
            "data.report.downloadUrl",
            is("https://example.com/reports/ab03a1b5-1179-4a68-9062-1921ffb01ae8.pdf"));

    veepe.verify(
        exactly(1),
        getRequestedFor(urlEqualTo("/v1/reports/" + REPORT_ID))
            .withHeader("Authorization", equalTo(VeepeStubs.BEARER)));
  }

  @Test
  void nodeOfAReportIdIsThatReport() {
    veepe.stubFor(
        get(urlEqualTo("/v1/reports/" + REPORT_ID))
            .willReturn(okJson(VeepeStubs.payload("report.json"))));

    GraphQLClient.post(NODE_QUERY, Map.of("id", REPORT))
        .statusCode(200)
        .body("errors", nullValue())
        .body("data.node.id", is(REPORT))
        .body("data.node.type", is("ORDER_REPORT"));
  }

  @Test
  void reportStatusesMapOntoPendingCompletedFailedAndUnknownOnesArePending() {
    veepe.stubFor(
        get(urlPathEqualTo("/v1/reports"))
            .willReturn(
                okJson(
                    VeepeStubs.page(
                        1,
                        1,
                        4,
                        report(1, "PENDING"),
                        report(2, "COMPLETED"),
                        report(3, "FAILED"),
                        report(4, "GENERATING")))));

    GraphQLClient.post(REPORTS_QUERY, Map.of())
        .statusCode(200)
        .body("errors", nullValue())
        .body(
            "data.reports.edges.node.status", contains("PENDING", "COMPLETED", "FAILED", "PENDING"))
        .body("data.reports.pageInfo.hasNextPage", is(false));
  }

  @Test
  void reportsPageAcrossVeepePagesAndCursorsContinueWhereTheyStopped() {
    VeepeStubs.reportsPage(
        1, 2, 3, report(1, "COMPLETED"), report(2, "COMPLETED"), report(3, "COMPLETED"));
    VeepeStubs.reportsPage(2, 2, 2, report(4, "PENDING"), report(5, "FAILED"));

    String after =
        GraphQLClient.post(REPORTS_QUERY, Map.of("first", 2))
            .statusCode(200)
            .body("errors", nullValue())
            .body("data.reports.edges.node.id", contains(id(1), id(2)))
            .body("data.reports.pageInfo.hasNextPage", is(true))
            .extract()
            .path("data.reports.pageInfo.endCursor");
    veepe.verify(exactly(1), getRequestedFor(urlEqualTo("/v1/reports?page=1")));
    veepe.verify(exactly(0), getRequestedFor(urlEqualTo("/v1/reports?page=2")));

    String second =
        GraphQLClient.post(REPORTS_QUERY, variables(2, after))
            .statusCode(200)
            .body("errors", nullValue())
            .body("data.reports.edges.node.id", contains(id(3), id(4)))
            .body("data.reports.pageInfo.hasNextPage", is(true))
            .extract()
            .path("data.reports.pageInfo.endCursor");
    veepe.verify(exactly(2), getRequestedFor(urlEqualTo("/v1/reports?page=1")));
    veepe.verify(exactly(1), getRequestedFor(urlEqualTo("/v1/reports?page=2")));

    GraphQLClient.post(REPORTS_QUERY, variables(2, second))
        .statusCode(200)
        .body("errors", nullValue())
        .body("data.reports.edges.node.id", contains(id(5)))
        .body("data.reports.pageInfo.hasNextPage", is(false));
    veepe.verify(exactly(2), getRequestedFor(urlEqualTo("/v1/reports?page=1")));
    veepe.verify(exactly(2), getRequestedFor(urlEqualTo("/v1/reports?page=2")));
  }

  @Test
  void cursorAtTheEndOfAVeepePageStartsAtTheNextPage() {
    VeepeStubs.reportsPage(1, 2, 2, report(1, "COMPLETED"), report(2, "COMPLETED"));
    VeepeStubs.reportsPage(2, 2, 1, report(3, "COMPLETED"));

    String after =
        GraphQLClient.post(REPORTS_QUERY, Map.of("first", 2))
            .statusCode(200)
            .body("data.reports.pageInfo.hasNextPage", is(true))
            .extract()
            .path("data.reports.pageInfo.endCursor");
    GraphQLClient.post(REPORTS_QUERY, variables(2, after))
        .statusCode(200)
        .body("data.reports.edges.node.id", contains(id(3)))
        .body("data.reports.pageInfo.hasNextPage", is(false));

    veepe.verify(exactly(1), getRequestedFor(urlEqualTo("/v1/reports?page=1")));
    veepe.verify(exactly(1), getRequestedFor(urlEqualTo("/v1/reports?page=2")));
  }

  @Test
  void cursorNotMadeByTheReportListIsBadUserInputWithoutCallingVeepe() {
    GraphQLClient.post(REPORTS_QUERY, variables(2, "bm9wZQ"))
        .statusCode(200)
        .body("errors", hasSize(1))
        .body("errors[0].extensions.code", is("BAD_USER_INPUT"));

    veepe.verify(exactly(0), getRequestedFor(anyUrl()));
  }

  @Test
  void firstPastTheMaximumIsBadUserInputWithoutCallingVeepe() {
    GraphQLClient.post(REPORTS_QUERY, Map.of("first", 101))
        .statusCode(200)
        .body("errors[0].extensions.code", is("BAD_USER_INPUT"));

    veepe.verify(exactly(0), getRequestedFor(anyUrl()));
  }

  private static Map<String, Object> variables(int first, String after) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("first", first);
    variables.put("after", after);
    return variables;
  }

  private static String uuid(int n) {
    return "00000000-0000-4000-8000-%012d".formatted(n);
  }

  private static String id(int n) {
    return NodeId.encode(Provider.VEEPE, EntityKind.REPORT, uuid(n));
  }

  private static String report(int n, String status) {
    return """
        {"reportId": "%s", "type": "TRANSACTIONS_REPORT", "status": "%s", "message": null,
         "downloadLink": null, "createdAt": "2026-01-08T11:16:46.371Z"}
        """
        .formatted(uuid(n), status);
  }
}
