package com.commercegraph.graphql;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Interface;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** Anything with an opaque id that {@code node(id:)} can fetch again. */
@Interface
@Name("Node")
public interface Node {

  @Id
  @NonNull
  String getId();
}
