package dev.lastmile.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** {@link ValueMemo}: the function's values, each computed once while remembered. */
class ValueMemoTest {
  private static final AtomicInteger CALLS = new AtomicInteger();

  private static String upperOrNull(String v) {
    CALLS.incrementAndGet();
    return v == null || v.startsWith("x") ? null : v.toUpperCase(java.util.Locale.ROOT);
  }

  @Test
  void remembersValuesAndNullResults() {
    CALLS.set(0);
    ValueMemo<String> m = new ValueMemo<>(ValueMemoTest::upperOrNull);
    assertEquals("DONE", m.apply("done"));
    assertEquals("DONE", m.apply("done"));
    assertNull(m.apply("xdone"));
    assertNull(m.apply("xdone"));
    assertNull(m.apply(null));
    assertNull(m.apply(null));
    // null input is never remembered; "done" and "xdone" once each
    assertEquals(4, CALLS.get());
  }

  @Test
  void longValuesAndAFullMemoGiveTheFunctionsValues() {
    CALLS.set(0);
    ValueMemo<String> m = new ValueMemo<>(ValueMemoTest::upperOrNull);
    String longValue = "a".repeat(ValueMemo.MAX_CHARS + 1);
    assertEquals(longValue.toUpperCase(java.util.Locale.ROOT), m.apply(longValue));
    assertEquals(longValue.toUpperCase(java.util.Locale.ROOT), m.apply(longValue));
    assertEquals(2, CALLS.get());
    for (int i = 0; i < ValueMemo.MAX_ENTRIES + 10; i++) {
      assertEquals("V" + i, m.apply("v" + i));
    }
    assertEquals("V3", m.apply("v3"));
    assertNull(m.apply("x3"));
  }

  @Test
  void aDeserialisedCopyStartsEmptyAndComputesTheSameValues() throws Exception {
    ValueMemo<String> m = new ValueMemo<>(ValueMemoTest::upperOrNull);
    assertEquals("GO LIVE", m.apply("go live"));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(m);
    }
    @SuppressWarnings("unchecked")
    ValueMemo<String> copy =
        (ValueMemo<String>)
            new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray())).readObject();
    CALLS.set(0);
    assertEquals("GO LIVE", copy.apply("go live"));
    assertEquals("GO LIVE", copy.apply("go live"));
    assertEquals(1, CALLS.get());
  }
}
