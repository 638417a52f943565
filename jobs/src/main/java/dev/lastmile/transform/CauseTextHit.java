package dev.lastmile.transform;

import java.io.Serializable;
import java.sql.Timestamp;

/** One kept rule hit on one sentence of a {@link CauseTextUnit}. */
public class CauseTextHit implements Serializable {
  private static final long serialVersionUID = 1L;

  private String initiativeId;
  private String source;
  private String sourceRef;
  private Timestamp textAt;
  private String channel;
  private Double factor;
  private String sourceFile;
  private Long recordNumber;
  private int sentenceIdx;
  private String sentence;
  private String ruleId;
  private String cause;
  private double ruleWeight;
  private int matchPos;
  private String excerpt;

  public CauseTextHit() {}

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

  public String getChannel() {
    return channel;
  }

  public void setChannel(String channel) {
    this.channel = channel;
  }

  public Double getFactor() {
    return factor;
  }

  public void setFactor(Double factor) {
    this.factor = factor;
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

  public String getRuleId() {
    return ruleId;
  }

  public void setRuleId(String ruleId) {
    this.ruleId = ruleId;
  }

  public String getCause() {
    return cause;
  }

  public void setCause(String cause) {
    this.cause = cause;
  }

  public double getRuleWeight() {
    return ruleWeight;
  }

  public void setRuleWeight(double ruleWeight) {
    this.ruleWeight = ruleWeight;
  }

  public int getMatchPos() {
    return matchPos;
  }

  public void setMatchPos(int matchPos) {
    this.matchPos = matchPos;
  }

  public String getExcerpt() {
    return excerpt;
  }

  public void setExcerpt(String excerpt) {
    this.excerpt = excerpt;
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
}
