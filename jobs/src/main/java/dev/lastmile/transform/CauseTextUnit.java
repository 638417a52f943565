package dev.lastmile.transform;

import java.io.Serializable;
import java.sql.Timestamp;

/** One text or label that cause rules read (the input of the matcher's mapPartitions). */
public class CauseTextUnit implements Serializable {
  private static final long serialVersionUID = 1L;

  private String initiativeId;
  private String source;
  private String sourceRef;
  private Timestamp textAt;
  private String text;
  private String channel;
  private Double factor;
  private String sourceFile;
  private Long recordNumber;

  public CauseTextUnit() {}

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

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
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
