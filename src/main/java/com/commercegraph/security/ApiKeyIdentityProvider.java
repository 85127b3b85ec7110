package com.commercegraph.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Turns a known API key into an identity holding the key's roles; an unknown key fails. */
@ApplicationScoped
public class ApiKeyIdentityProvider implements IdentityProvider<ApiKeyAuthenticationRequest> {

  // Keys have no names; the principal only says how the caller came in.
  private static final String PRINCIPAL = "api-key";

  private final ApiKeyStore keys;

  ApiKeyIdentityProvider(ApiKeyStore keys) {
    this.keys = keys;
  }

  @Override
  public Class<ApiKeyAuthenticationRequest> getRequestType() {
    return ApiKeyAuthenticationRequest.class;
  }

  @Override
  public Uni<SecurityIdentity> authenticate(
      ApiKeyAuthenticationRequest request, AuthenticationRequestContext context) {
    return keys.rolesOf(request.key())
        .<Uni<SecurityIdentity>>map(
            roles ->
                Uni.createFrom()
                    .item(
                        QuarkusSecurityIdentity.builder()
                            .setPrincipal(new QuarkusPrincipal(PRINCIPAL))
                            .addRoles(roles)
                            .build()))
        .orElseGet(() -> Uni.createFrom().failure(new AuthenticationFailedException()));
  }
}
