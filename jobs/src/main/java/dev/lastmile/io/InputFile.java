package dev.lastmile.io;

import java.io.Serializable;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;

/** One input file to parse: its path, the command-line role it came from, and its size. */
public class InputFile implements Serializable {
  private static final long serialVersionUID = 1L;
  public static final Encoder<InputFile> ENCODER = Encoders.bean(InputFile.class);

  private String path;
  private String role;
  private long size;

  public InputFile() {}

  public InputFile(String path, String role, long size) {
    this.path = path;
    this.role = role;
    this.size = size;
  }

  public String getPath() {
    return path;
  }

  public void setPath(String path) {
    this.path = path;
  }

  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = role;
  }

  public long getSize() {
    return size;
  }

  public void setSize(long size) {
    this.size = size;
  }
}
