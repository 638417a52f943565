package dev.lastmile.transform;

import static org.apache.spark.sql.functions.udf;

import com.ibm.icu.lang.UCharacter;
import java.util.Locale;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;

/**
 * Upper and lower case as Spark's built-in {@code upper}/{@code lower} compute them (with {@code
 * spark.sql.icu.caseMappings.enabled}, the default): ASCII-only strings by mapping a-z / A-Z, every
 * other string with ICU's {@link UCharacter#toUpperCase(String)} / {@link
 * UCharacter#toLowerCase(String)}. The same values, without the built-ins' one-off cost: their
 * first call initialises Spark's {@code CollationAwareUTF8String}, which title-cases all 1.1
 * million code points with ICU (about 2.5 s of CPU and 3 GB of garbage per JVM, a tenth of a demo
 * run's allocation), although only {@code initcap} reads that table.
 */
public final class CaseMapping {
  private CaseMapping() {}

  private static final UserDefinedFunction UPPER =
      udf((UDF1<String, String>) CaseMapping::upperOf, DataTypes.StringType);

  private static final UserDefinedFunction LOWER =
      udf((UDF1<String, String>) CaseMapping::lowerOf, DataTypes.StringType);

  /** {@code upper(value)}; null stays null. */
  public static Column upper(Column value) {
    return UPPER.apply(value);
  }

  /** {@code lower(value)}; null stays null. */
  public static Column lower(Column value) {
    return LOWER.apply(value);
  }

  static String upperOf(String s) {
    if (s == null) {
      return null;
    }
    return isAscii(s) ? s.toUpperCase(Locale.ROOT) : UCharacter.toUpperCase(s);
  }

  static String lowerOf(String s) {
    if (s == null) {
      return null;
    }
    return isAscii(s) ? s.toLowerCase(Locale.ROOT) : UCharacter.toLowerCase(s);
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }
}
