package com.commercegraph.security;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads {@code COMMERCE_API_KEYS} ({@code key=role,role;key=role}) into SHA-256 hashes of the keys
 * with their roles; the plain keys are not kept. Problems name the variable and the entry's
 * position, never a value: a key is a secret.
 */
final class ApiKeyEntries {

  static final String VARIABLE = "COMMERCE_API_KEYS";

  private ApiKeyEntries() {}

  static List<ApiKey> parse(String value) {
    List<ApiKey> keys = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    String[] entries = value.split(";");
    for (int i = 0; i < entries.length; i++) {
      String entry = entries[i].trim();
      if (entry.isEmpty()) {
        continue;
      }
      int position = i + 1;
      int equals = entry.indexOf('=');
      String key = equals < 0 ? "" : entry.substring(0, equals).trim();
      Set<String> roles = equals < 0 ? Set.of() : roles(entry.substring(equals + 1));
      if (key.isEmpty() || roles.isEmpty()) {
        problems.add(VARIABLE + " entry " + position + " is not key=role,role");
      } else if (!Roles.ALL.containsAll(roles)) {
        problems.add(
            VARIABLE
                + " entry "
                + position
                + " names a role that is not one of "
                + String.join(", ", Roles.ALL.stream().sorted().toList()));
      } else if (keys.stream().anyMatch(known -> known.matches(hash(key)))) {
        problems.add(VARIABLE + " entry " + position + " repeats an earlier key");
      } else {
        keys.add(new ApiKey(hash(key), Set.copyOf(roles)));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidApiKeysException(problems);
    }
    return List.copyOf(keys);
  }

  static byte[] hash(String key) {
    return Sha256.of(key);
  }

  private static Set<String> roles(String list) {
    Set<String> roles = new LinkedHashSet<>();
    Arrays.stream(list.split(",")).map(String::trim).filter(r -> !r.isEmpty()).forEach(roles::add);
    return roles;
  }

  /** A configured key, by its hash only. */
  record ApiKey(byte[] hash, Set<String> roles) {

    /** Constant time over the hash, so a timing difference says nothing about a key. */
    boolean matches(byte[] presentedHash) {
      return MessageDigest.isEqual(hash, presentedHash);
    }
  }
}
