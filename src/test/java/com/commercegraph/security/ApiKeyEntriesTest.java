package com.commercegraph.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code COMMERCE_API_KEYS} as operators write it: malformed entries stop start-up naming the
 * variable and the entry's position, never the key.
 */
class ApiKeyEntriesTest {

  private static final String SECRET = "s3cr3t-key-never-printed";

  @Test
  void entriesAreKeptAsHashesWithTheirRoles() {
    List<ApiKeyEntries.ApiKey> keys =
        ApiKeyEntries.parse(" k1 = orders:read, catalog:read ;k2=orders:read,orders:write;");

    assertThat(keys).hasSize(2);
    assertThat(keys.get(0).matches(ApiKeyEntries.hash("k1"))).isTrue();
    assertThat(keys.get(0).matches(ApiKeyEntries.hash("k2"))).isFalse();
    assertThat(keys.get(0).roles()).containsExactlyInAnyOrder("orders:read", "catalog:read");
    assertThat(keys.get(1).roles()).containsExactlyInAnyOrder("orders:read", "orders:write");
    assertThat(keys.get(0).hash()).isNotEqualTo("k1".getBytes());
  }

  @ParameterizedTest
  @ValueSource(strings = {SECRET, SECRET + "=", "=orders:read", SECRET + "=,"})
  void anEntryWithoutKeyOrRolesStopsStartUpWithoutEchoingIt(String entry) {
    assertThatThrownBy(() -> ApiKeyEntries.parse("k1=orders:read;" + entry))
        .isInstanceOf(InvalidApiKeysException.class)
        .hasMessageContaining("COMMERCE_API_KEYS entry 2 is not key=role,role")
        .message()
        .doesNotContain(SECRET);
  }

  @Test
  void anUnknownRoleStopsStartUpWithoutEchoingTheEntry() {
    assertThatThrownBy(() -> ApiKeyEntries.parse(SECRET + "=orders:delete-" + SECRET))
        .isInstanceOf(InvalidApiKeysException.class)
        .hasMessageContaining("COMMERCE_API_KEYS entry 1 names a role that is not one of")
        .message()
        .doesNotContain(SECRET);
  }

  @Test
  void aRepeatedKeyStopsStartUp() {
    assertThatThrownBy(
            () -> ApiKeyEntries.parse(SECRET + "=orders:read;" + SECRET + "=stock:write"))
        .isInstanceOf(InvalidApiKeysException.class)
        .hasMessageContaining("COMMERCE_API_KEYS entry 2 repeats an earlier key")
        .message()
        .doesNotContain(SECRET);
  }
}
