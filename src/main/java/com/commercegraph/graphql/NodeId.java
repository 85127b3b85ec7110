package com.commercegraph.graphql;

import com.commercegraph.registry.EntityKind;
import com.commercegraph.registry.NativeIds;
import com.commercegraph.registry.Provider;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * The opaque, stable id clients see: provider, kind and the provider's own id, base64url-encoded so
 * that clients do not build ids by hand. Decoding checks every part, including the native id's
 * shape, so an id never carries anything unchecked into a provider's URL.
 */
public record NodeId(Provider provider, EntityKind kind, String nativeId) {

  private static final String VERSION = "cg1";

  public String encode() {
    String plain = String.join(":", VERSION, kind.name(), provider.name(), nativeId);
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }

  public static String encode(Provider provider, EntityKind kind, String nativeId) {
    return new NodeId(provider, kind, nativeId).encode();
  }

  /** The id, or empty when it is not one of ours (malformed, foreign, or a bad native id). */
  public static Optional<NodeId> decode(String id) {
    if (id == null || id.length() > 300) {
      return Optional.empty();
    }
    try {
      String plain = new String(Base64.getUrlDecoder().decode(id), StandardCharsets.UTF_8);
      String[] parts = plain.split(":", 4);
      if (parts.length != 4 || !VERSION.equals(parts[0])) {
        return Optional.empty();
      }
      EntityKind kind = EntityKind.valueOf(parts[1]);
      Provider provider = Provider.valueOf(parts[2]);
      return NativeIds.isValid(provider, kind, parts[3])
          ? Optional.of(new NodeId(provider, kind, parts[3]))
          : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
