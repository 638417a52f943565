package dev.lastmile.transform;

import java.io.Serializable;
import java.sql.Timestamp;

/**
 * The learned model's reading of one sentence of a {@link CauseTextUnit} for the initiative read: a
 * cause and its probability ({@link CauseMatcher.Read}) with the unit's lineage.
 */
public class CauseSentenceRead implements Serializable {
  private static final long serialVersionUID = 1L;

  private String initiativeId;
  private String source;
  private String sourceRef;
  private Timestamp textAt;
  private String sourceFile;
  private Long recordNumber;
  private int sentenceIdx;
  private String sentence;
  private String cause;
  private double probability;
  private String excerpt;

  public CauseSentenceRead() {}

  public String getInitiativeId() {
    return initiativeId;
  }

  public void setInitiativeId(String initiativeId) {
    this.initiativeId = initiativeId;
  }

  public String getSource() {
    return source;
  }

  public void setSource(String source) {
    this.source = source;
  }

  public String getSourceRef() {
    return sourceRef;
  }

  public void setSourceRef(String sourceRef) {
    this.sourceRef = sourceRef;
  }

  public Timestamp getTextAt() {
    return textAt;
  }

  public void setTextAt(Timestamp textAt) {
    this.textAt = textAt;
  }

  public String getSourceFile() {
    return sourceFile;
  }

  public void setSourceFile(String sourceFile) {
    this.sourceFile = sourceFile;
  }

  public Long getRecordNumber() {
    return recordNumber;
  }

  public void setRecordNumber(Long recordNumber) {
    this.recordNumber = recordNumber;
  }

  public int getSentenceIdx() {
    return sentenceIdx;
  }

  public void setSentenceIdx(int sentenceIdx) {
    this.sentenceIdx = sentenceIdx;
  }

  public String getSentence() {
    return sentence;
  }

  public void setSentence(String sentence) {
    this.sentence = sentence;
  }

  public String getCause() {
    return cause;
  }

  public void setCause(String cause) {
    this.cause = cause;
  }

  public double getProbability() {
    return probability;
  }

  public void setProbability(double probability) {
    this.probability = probability;
  }

  public String getExcerpt() {
    return excerpt;
  }

  public void setExcerpt(String excerpt) {
    this.excerpt = excerpt;
  }
}
