package dev.lastmile.io.parse;

import java.io.Serializable;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;

/**
 * One parsed input record of any kind. Parsers emit a stream of these per file (one pass over the
 * bytes); the job splits them by {@link #getKind()} into the canonical tables. A bean so that Spark
 * encodes it without UDFs; only the fields of its kind are set.
 */
public class Rec implements Serializable {
  private static final long serialVersionUID = 1L;

  public static final Encoder<Rec> ENCODER = Encoders.bean(Rec.class);

  /** record kind: FILE, ISSUE, TEXT, HISTORY, REGISTRY, MODEL, QUARANTINE. */
  private String kind;

  /** input file. */
  private String sourceFile;

  /** physical line (CSV, JSONL) or 1-based element index (JSON) where the record starts. */
  private long recordNumber;

  /** FILE: recognised format. */
  private String format;

  /** FILE: primary records read. */
  private long recordsRead;

  /** FILE: sha256 of the file bytes. */
  private String sha256;

  /** FILE: size in bytes. */
  private long bytes;

  /** FILE: encoding used to decode. */
  private String encoding;

  /** FILE: a fatal problem (stops the run), else null. */
  private String fatal;

  /** ISSUE/TEXT/HISTORY: issue key. */
  private String issueKey;

  /** ISSUE: numeric id. */
  private String issueId;

  /** ISSUE. */
  private String projectKey;

  /** ISSUE. */
  private String issueType;

  /** ISSUE. */
  private String summary;

  /** ISSUE: current status. */
  private String status;

  /** ISSUE. */
  private String resolution;

  /** ISSUE. */
  private java.sql.Timestamp created;

  /** ISSUE. */
  private java.sql.Timestamp updated;

  /** ISSUE. */
  private java.sql.Timestamp resolved;

  /** ISSUE: parent or epic key when the export gives a key. */
  private String parentKey;

  /** ISSUE: numeric parent id (CSV sub-tasks). */
  private String parentId;

  /** ISSUE: epic link. */
  private String epicKey;

  /** ISSUE. */
  private java.util.List<String> labels;

  /** ISSUE: keys of issues that block this one. */
  private java.util.List<String> blockedBy;

  /** ISSUE: component names. */
  private java.util.List<String> components;

  /** ISSUE: sprint names. */
  private java.util.List<String> sprints;

  /** ISSUE: fix-version names. */
  private java.util.List<String> fixVersions;

  /** ISSUE: Jira status category (key new/indeterminate/done, or the export's localised name). */
  private String statusCategory;

  /** ISSUE: flagged as impediment. */
  private Boolean flagged;

  /** ISSUE: story points estimate (jira_fields.story_points), null when none. */
  private Double storyPoints;

  /** ISSUE: the export carried a changelog. */
  private boolean hasHistory;

  /** TEXT: jira_comment, jira_description, jira_summary, model_registry. */
  private String textSource;

  /** TEXT: where exactly. */
  private String sourceRef;

  /** TEXT: when written; HISTORY: when changed. */
  private java.sql.Timestamp textAt;

  /** TEXT/HISTORY: author id. */
  private String author;

  /** TEXT. */
  private String text;

  /** HISTORY. */
  private String fromStatus;

  /** HISTORY. */
  private String toStatus;

  /** REGISTRY: canonical column -> validated value. */
  private java.util.Map<String, String> fields;

  /** MODEL. */
  private String modelName;

  /** MODEL. */
  private String modelVersion;

  /** MODEL. */
  private String modelStage;

  /** MODEL. */
  private java.util.List<String> aliases;

  /** MODEL. */
  private java.sql.Timestamp modelCreated;

  /** MODEL. */
  private java.sql.Timestamp modelUpdated;

  /** MODEL. */
  private String description;

  /** MODEL: key=value; key=value. */
  private String tags;

  /** QUARANTINE: QuarantineReason code. */
  private String reason;

  /** QUARANTINE. */
  private String detail;

  /** QUARANTINE: raw text, cut. */
  private String raw;

  /** QUARANTINE: full raw length. */
  private int rawLength;

  public String getKind() {
    return kind;
  }

  public void setKind(String v) {
    this.kind = v;
  }

  public String getSourceFile() {
    return sourceFile;
  }

  public void setSourceFile(String v) {
    this.sourceFile = v;
  }

  public long getRecordNumber() {
    return recordNumber;
  }

  public void setRecordNumber(long v) {
    this.recordNumber = v;
  }

  public String getFormat() {
    return format;
  }

  public void setFormat(String v) {
    this.format = v;
  }

  public long getRecordsRead() {
    return recordsRead;
  }

  public void setRecordsRead(long v) {
    this.recordsRead = v;
  }

  public String getSha256() {
    return sha256;
  }

  public void setSha256(String v) {
    this.sha256 = v;
  }

  public long getBytes() {
    return bytes;
  }

  public void setBytes(long v) {
    this.bytes = v;
  }

  public String getEncoding() {
    return encoding;
  }

  public void setEncoding(String v) {
    this.encoding = v;
  }

  public String getFatal() {
    return fatal;
  }

  public void setFatal(String v) {
    this.fatal = v;
  }

  public String getIssueKey() {
    return issueKey;
  }

  public void setIssueKey(String v) {
    this.issueKey = v;
  }

  public String getIssueId() {
    return issueId;
  }

  public void setIssueId(String v) {
    this.issueId = v;
  }

  public String getProjectKey() {
    return projectKey;
  }

  public void setProjectKey(String v) {
    this.projectKey = v;
  }

  public String getIssueType() {
    return issueType;
  }

  public void setIssueType(String v) {
    this.issueType = v;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String v) {
    this.summary = v;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String v) {
    this.status = v;
  }

  public String getResolution() {
    return resolution;
  }

  public void setResolution(String v) {
    this.resolution = v;
  }

  public java.sql.Timestamp getCreated() {
    return created;
  }

  public void setCreated(java.sql.Timestamp v) {
    this.created = v;
  }

  public java.sql.Timestamp getUpdated() {
    return updated;
  }

  public void setUpdated(java.sql.Timestamp v) {
    this.updated = v;
  }

  public java.sql.Timestamp getResolved() {
    return resolved;
  }

  public void setResolved(java.sql.Timestamp v) {
    this.resolved = v;
  }

  public String getParentKey() {
    return parentKey;
  }

  public void setParentKey(String v) {
    this.parentKey = v;
  }

  public String getParentId() {
    return parentId;
  }

  public void setParentId(String v) {
    this.parentId = v;
  }

  public String getEpicKey() {
    return epicKey;
  }

  public void setEpicKey(String v) {
    this.epicKey = v;
  }

  public java.util.List<String> getLabels() {
    return labels;
  }

  public void setLabels(java.util.List<String> v) {
    this.labels = v;
  }

  public java.util.List<String> getBlockedBy() {
    return blockedBy;
  }

  public void setBlockedBy(java.util.List<String> v) {
    this.blockedBy = v;
  }

  public Double getStoryPoints() {
    return storyPoints;
  }

  public void setStoryPoints(Double v) {
    this.storyPoints = v;
  }

  public Boolean getFlagged() {
    return flagged;
  }

  public void setFlagged(Boolean v) {
    this.flagged = v;
  }

  public boolean isHasHistory() {
    return hasHistory;
  }

  public void setHasHistory(boolean v) {
    this.hasHistory = v;
  }

  public String getTextSource() {
    return textSource;
  }

  public void setTextSource(String v) {
    this.textSource = v;
  }

  public String getSourceRef() {
    return sourceRef;
  }

  public void setSourceRef(String v) {
    this.sourceRef = v;
  }

  public java.sql.Timestamp getTextAt() {
    return textAt;
  }

  public void setTextAt(java.sql.Timestamp v) {
    this.textAt = v;
  }

  public String getAuthor() {
    return author;
  }

  public void setAuthor(String v) {
    this.author = v;
  }

  public String getText() {
    return text;
  }

  public void setText(String v) {
    this.text = v;
  }

  public String getFromStatus() {
    return fromStatus;
  }

  public void setFromStatus(String v) {
    this.fromStatus = v;
  }

  public String getToStatus() {
    return toStatus;
  }

  public void setToStatus(String v) {
    this.toStatus = v;
  }

  public java.util.Map<String, String> getFields() {
    return fields;
  }

  public void setFields(java.util.Map<String, String> v) {
    this.fields = v;
  }

  public String getModelName() {
    return modelName;
  }

  public void setModelName(String v) {
    this.modelName = v;
  }

  public String getModelVersion() {
    return modelVersion;
  }

  public void setModelVersion(String v) {
    this.modelVersion = v;
  }

  public String getModelStage() {
    return modelStage;
  }

  public void setModelStage(String v) {
    this.modelStage = v;
  }

  public java.util.List<String> getAliases() {
    return aliases;
  }

  public void setAliases(java.util.List<String> v) {
    this.aliases = v;
  }

  public java.sql.Timestamp getModelCreated() {
    return modelCreated;
  }

  public void setModelCreated(java.sql.Timestamp v) {
    this.modelCreated = v;
  }

  public java.sql.Timestamp getModelUpdated() {
    return modelUpdated;
  }

  public void setModelUpdated(java.sql.Timestamp v) {
    this.modelUpdated = v;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String v) {
    this.description = v;
  }

  public String getTags() {
    return tags;
  }

  public void setTags(String v) {
    this.tags = v;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String v) {
    this.reason = v;
  }

  public String getDetail() {
    return detail;
  }

  public void setDetail(String v) {
    this.detail = v;
  }

  public String getRaw() {
    return raw;
  }

  public void setRaw(String v) {
    this.raw = v;
  }

  public int getRawLength() {
    return rawLength;
  }

  public void setRawLength(int v) {
    this.rawLength = v;
  }

  public java.util.List<String> getComponents() {
    return components;
  }

  public void setComponents(java.util.List<String> v) {
    this.components = v;
  }

  public java.util.List<String> getSprints() {
    return sprints;
  }

  public void setSprints(java.util.List<String> v) {
    this.sprints = v;
  }

  public java.util.List<String> getFixVersions() {
    return fixVersions;
  }

  public void setFixVersions(java.util.List<String> v) {
    this.fixVersions = v;
  }

  public String getStatusCategory() {
    return statusCategory;
  }

  public void setStatusCategory(String v) {
    this.statusCategory = v;
  }
}
