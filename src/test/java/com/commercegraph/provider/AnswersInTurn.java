package com.commercegraph.provider;

import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.util.UUID;

/**
 * A provider that answers the same request differently each time it is asked: a failure, then the
 * answer; slow, then quick. The last answer stays for every later request.
 */
public final class AnswersInTurn {

  private AnswersInTurn() {}

  /** Stubs {@code request} on {@code server} to answer {@code answers} one after the other. */
  public static void stub(
      WireMockServer server, MappingBuilder request, ResponseDefinitionBuilder... answers) {
    StubMapping first = request.willReturn(answers[0]).build();
    // A WireMock scenario of one state per answer, each answer moving on to the next state.
    String scenario = "in turn " + UUID.randomUUID();
    for (int i = 0; i < answers.length; i++) {
      StubMapping turn = new StubMapping(first.getRequest(), answers[i].build());
      turn.setPriority(first.getPriority());
      turn.setScenarioName(scenario);
      turn.setRequiredScenarioState(i == 0 ? STARTED : "answer " + i);
      if (i + 1 < answers.length) {
        turn.setNewScenarioState("answer " + (i + 1));
      }
      server.addStubMapping(turn);
    }
  }
}
