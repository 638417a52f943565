package dev.lastmile.io.parse;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes an input file: recognises binary content, a UTF-8 BOM, and Windows-1252 files (a sample
 * with high bytes but no valid UTF-8 multi-byte sequence). Bytes that are not valid in the detected
 * encoding decode to {@link #REPLACEMENT}, which parsers turn into an INVALID_ENCODING quarantine
 * row for the record that holds them.
 *
 * <p>The marker is the noncharacter U+FDD0 rather than U+FFFD: real exports contain U+FFFD as valid
 * text (the 2023 federal AI inventory has ten, left by an earlier mis-decoding), and those records
 * are not faulty in this file.
 */
public final class TextInput {
  static final int SAMPLE = 64 * 1024;
  public static final char REPLACEMENT = '\uFDD0';

  public final String encoding;
  public final boolean binary;
  public final String sample;
  private final BufferedInputStream stream;

  private TextInput(BufferedInputStream stream, String encoding, boolean binary, String sample) {
    this.stream = stream;
    this.encoding = encoding;
    this.binary = binary;
    this.sample = sample;
  }

  /** Inspects the start of the stream (which must not have been read yet). */
  public static TextInput open(InputStream raw) throws IOException {
    BufferedInputStream in = new BufferedInputStream(raw, SAMPLE * 2);
    in.mark(SAMPLE + 8);
    byte[] buf = in.readNBytes(SAMPLE);
    in.reset();
    int start = 0;
    if (buf.length >= 3
        && (buf[0] & 0xff) == 0xEF
        && (buf[1] & 0xff) == 0xBB
        && (buf[2] & 0xff) == 0xBF) {
      in.skip(3);
      start = 3;
    }
    boolean binary = false;
    int controls = 0;
    for (int i = start; i < Math.min(buf.length, 8192); i++) {
      int b = buf[i] & 0xff;
      if (b == 0) {
        binary = true;
        break;
      }
      if (b < 0x09 || (b > 0x0d && b < 0x20 && b != 0x1b)) {
        controls++;
      }
    }
    if (controls > 16) {
      binary = true;
    }
    int[] counts = utf8Counts(buf, start);
    String enc = counts[1] > 0 && counts[0] == 0 ? "windows-1252" : "UTF-8";
    Charset cs = Charset.forName(enc);
    String sample = new String(buf, start, buf.length - start, cs);
    return new TextInput(in, enc, binary, sample);
  }

  /** A reader over the whole (remaining) content with the detected encoding. */
  public Reader reader() {
    CharsetDecoder dec =
        Charset.forName(encoding)
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE)
            .replaceWith(String.valueOf(REPLACEMENT));
    return new java.io.BufferedReader(new InputStreamReader(stream, dec), 1 << 16);
  }

  /**
   * The underlying byte stream positioned after any BOM (for JSON parsers). Closing it does not
   * close the file: the parser that reads it must not end the checksum over the whole file.
   */
  public InputStream bytes() {
    return new java.io.FilterInputStream(stream) {
      @Override
      public void close() {
        // the FileParser drains and closes the file after the last record
      }
    };
  }

  /** [valid multi-byte sequences, invalid bytes] in a UTF-8 sample; a cut tail is ignored. */
  static int[] utf8Counts(byte[] b, int from) {
    int valid = 0;
    int invalid = 0;
    int i = from;
    while (i < b.length) {
      int c = b[i] & 0xff;
      int len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
      if (len == 1) {
        i++;
        continue;
      }
      if (len == 0) {
        invalid++;
        i++;
        continue;
      }
      if (i + len > b.length) {
        break;
      }
      boolean ok = true;
      for (int k = 1; k < len; k++) {
        if ((b[i + k] & 0xC0) != 0x80) {
          ok = false;
          break;
        }
      }
      if (ok) {
        valid++;
        i += len;
      } else {
        invalid++;
        i++;
      }
    }
    return new int[] {valid, invalid};
  }

  static boolean isUtf8(String enc) {
    return StandardCharsets.UTF_8.name().equalsIgnoreCase(enc);
  }
}
