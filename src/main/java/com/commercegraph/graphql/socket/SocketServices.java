package com.commercegraph.graphql.socket;

/** What every socket shares. */
record SocketServices(
    SocketSettings settings,
    SocketCallers callers,
    CallerConnections connections,
    OperationRunner runner) {}
