package com.commercegraph.graphql;

import com.commercegraph.registry.EntityKind;

/** Id arguments: decoded and checked, or a BAD_USER_INPUT error before any provider is called. */
final class NodeIds {

  private NodeIds() {}

  static NodeId require(String id, EntityKind kind) {
    NodeId nodeId =
        NodeId.decode(id).orElseThrow(() -> ApiError.badUserInput("id is not a valid id"));
    if (nodeId.kind() != kind) {
      throw ApiError.badUserInput("id is not the id of a " + kind.name().toLowerCase());
    }
    return nodeId;
  }
}
