package dev.lastmile.io.parse;

import static dev.lastmile.io.parse.ParseTesting.file;
import static dev.lastmile.io.parse.ParseTesting.ofKind;
import static dev.lastmile.io.parse.ParseTesting.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** MLflow REST responses and mlflow-export-import files. */
class MlflowParserTest {

  private static String v(String name, String version, String stage, long created) {
    return "{\"name\":\""
        + name
        + "\",\"version\":\""
        + version
        + "\",\"current_stage\":\""
        + stage
        + "\",\"creation_timestamp\":"
        + created
        + ",\"last_updated_timestamp\":"
        + created
        + "}";
  }

  @Test
  void registeredModelsSearchWithLatestVersionsAndAliases() {
    String json =
        "{\"registered_models\":[{\"name\":\"churn\",\"aliases\":[{\"alias\":\"champion\","
            + "\"version\":\"2\"}],\"latest_versions\":["
            + v("churn", "1", "Archived", 1700000000000L)
            + ","
            + v("churn", "2", "Production", 1700000000000L)
            + "]},{\"name\":\"fraud\","
            + "\"latest_versions\":["
            + v("fraud", "1", "Staging", 1700000000000L)
            + "]}],"
            + "\"next_page_token\":\"abc\"}";
    List<Rec> recs = parse("rm.json", "models", json);
    List<Rec> m = ofKind(recs, Kinds.MODEL);
    assertEquals(
        List.of("churn/1/Archived/[]", "churn/2/Production/[champion]", "fraud/1/Staging/[]"),
        m.stream()
            .map(
                r ->
                    r.getModelName()
                        + "/"
                        + r.getModelVersion()
                        + "/"
                        + r.getModelStage()
                        + "/"
                        + r.getAliases())
            .toList());
    assertEquals(Timestamp.from(Instant.ofEpochMilli(1700000000000L)), m.get(0).getModelCreated());
    assertEquals(3, file(recs).getRecordsRead());
  }

  @Test
  void modelVersionsSearchUnknownStageAndBadEpochs() {
    String json =
        "{\"model_versions\":["
            + v("m", "1", "production", 1700000000000L)
            + ","
            + v("m", "2", "Prodution", 1700000000000L)
            + ","
            + v("m", "3", "None", -5)
            + ","
            + v("m", "4", "Staging", 946684799000L)
            + ","
            + v("m", "5", "Archived", 946684800000L)
            + "]}";
    List<Rec> recs = parse("mv.json", "models", json);
    List<Rec> m = ofKind(recs, Kinds.MODEL);
    assertEquals(List.of("1", "5"), m.stream().map(Rec::getModelVersion).toList());
    assertEquals("Production", m.get(0).getModelStage(), "case is normalised, not the spelling");
    List<Rec> q = ofKind(recs, Kinds.QUARANTINE);
    assertEquals(
        List.of("UNKNOWN_ENUM", "DATE_OUT_OF_RANGE", "DATE_OUT_OF_RANGE"),
        q.stream().map(Rec::getReason).toList());
    assertEquals(List.of(2L, 3L, 4L), q.stream().map(Rec::getRecordNumber).toList());
    assertEquals(
        "m v2: current_stage 'Prodution' is not a known MLflow stage", q.get(0).getDetail());
    assertEquals(
        "m v3: creation_timestamp is a negative epoch timestamp (-5)", q.get(1).getDetail());
    assertEquals(
        "m v4: creation_timestamp 1999-12-31 is outside the accepted range "
            + "2000-01-01..2099-12-31",
        q.get(2).getDetail());
    assertEquals(5, file(recs).getRecordsRead());
  }

  @Test
  void singleGetResponseAndUnityCatalogAliasesWithoutStage() {
    List<Rec> one =
        parse(
            "get.json",
            "models",
            "{\"model_version\":" + v("Sklearn", "1", "Staging", 1700000000000L) + "}");
    assertEquals("Staging", ofKind(one, Kinds.MODEL).get(0).getModelStage());
    List<Rec> uc =
        parse(
            "uc.json",
            "models",
            "{\"model_version\":{\"name\":\"a.b.c\",\"version\":"
                + "\"4\",\"creation_timestamp\":1700000000000,\"aliases\":[{\"alias\":\"champ\","
                + "\"version\":\"4\"}]}}");
    Rec r = ofKind(uc, Kinds.MODEL).get(0);
    assertEquals("None", r.getModelStage());
    assertEquals(List.of("champ"), r.getAliases());
  }

  @Test
  void truncatedMlflowFileIsOneMalformedRecord() {
    List<Rec> recs =
        parse(
            "t.json", "models", "{\"model_versions\":[" + v("m", "1", "None", 1).substring(0, 20));
    assertEquals("MALFORMED_JSON", ofKind(recs, Kinds.QUARANTINE).get(0).getReason());
    assertEquals(1, file(recs).getRecordsRead());
  }
}
