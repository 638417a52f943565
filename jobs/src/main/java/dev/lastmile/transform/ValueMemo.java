package dev.lastmile.transform;

import java.io.Serializable;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A pure function of one string, computed once per distinct value where a UDF holding it runs: the
 * stage and go-live word matchers read names (statuses, labels, components, sprints, summaries)
 * that recur across issues and initiatives. Values up to {@link #MAX_CHARS} characters are
 * remembered (null results too), at most {@link #MAX_ENTRIES} at a time, then the memo starts over.
 * The memo is not serialised: each deserialised copy (a task's) starts empty.
 *
 * @param <V> the function's result; must be immutable, as callers share it
 */
final class ValueMemo<V> implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The function remembered. */
  @FunctionalInterface
  interface Fn<V> extends Serializable {
    V apply(String value);
  }

  /** Longer values are computed each time. */
  static final int MAX_CHARS = 2_000;

  /** By default at most this many values are remembered; then the memo is cleared. */
  static final int MAX_ENTRIES = 50_000;

  /** A remembered null result (the map holds no nulls). */
  private static final Object NULL = new Object();

  private final Fn<V> fn;
  private final int maxEntries;

  private transient ConcurrentHashMap<String, Object> memo;

  ValueMemo(Fn<V> fn) {
    this(fn, MAX_ENTRIES);
  }

  /** As {@link #ValueMemo(Fn)}, remembering at most {@code maxEntries} values at a time. */
  ValueMemo(Fn<V> fn, int maxEntries) {
    this.fn = fn;
    this.maxEntries = maxEntries;
  }

  /** {@code fn.apply(value)}, remembered. */
  @SuppressWarnings("unchecked")
  V apply(String value) {
    if (value == null || value.length() > MAX_CHARS) {
      return fn.apply(value);
    }
    ConcurrentHashMap<String, Object> m = memo;
    if (m == null) {
      // Two threads may each create one: both are correct, one is dropped.
      m = new ConcurrentHashMap<>();
      memo = m;
    }
    Object r = m.get(value);
    if (r == null) {
      V v = fn.apply(value);
      if (m.size() >= maxEntries) {
        m.clear();
      }
      m.put(value, v == null ? NULL : v);
      return v;
    }
    return r == NULL ? null : (V) r;
  }
}
