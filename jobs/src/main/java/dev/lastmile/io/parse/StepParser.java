package dev.lastmile.io.parse;

import java.io.IOException;

/** A parser that produces the records of one primary input record per step. */
interface StepParser {
  /** Parses the next primary record into the sink; false when the input is exhausted. */
  boolean step(RecSink sink) throws IOException;

  /** Primary records read so far (accepted or quarantined). */
  long recordsRead();
}
