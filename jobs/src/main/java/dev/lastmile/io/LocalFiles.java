package dev.lastmile.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;
import org.apache.hadoop.io.nativeio.NativeIO;

/**
 * Hadoop's local file system ({@code file:}) that sets permissions with {@link
 * Files#setPosixFilePermissions} instead of a {@code chmod} process. Without Hadoop's native
 * library (the usual case for a local run) {@link RawLocalFileSystem#setPermission} forks {@code
 * chmod} for every directory and file the job creates: ~175 processes on the demo. The job
 * registers it as {@code fs.file.impl} in its own Spark settings (the session the command line
 * builds), so it applies to {@code bin/lastmile} and {@code spark-submit} alike. Modes with a
 * sticky or set-id bit, a file system without POSIX attributes, or a native library present:
 * Hadoop's own way.
 */
public final class LocalFiles extends LocalFileSystem {
  public LocalFiles() {
    super(new Raw());
  }

  /** The raw local file system with the in-process chmod. */
  public static final class Raw extends RawLocalFileSystem {
    @Override
    public void setPermission(Path p, FsPermission permission) throws IOException {
      short mode = permission.toShort();
      if ((mode & ~0777) != 0 || NativeIO.isAvailable()) {
        super.setPermission(p, permission);
        return;
      }
      try {
        Files.setPosixFilePermissions(pathToFile(p).toPath(), posix(mode));
      } catch (UnsupportedOperationException e) {
        super.setPermission(p, permission);
      }
    }

    static Set<PosixFilePermission> posix(int mode) {
      Set<PosixFilePermission> s = EnumSet.noneOf(PosixFilePermission.class);
      PosixFilePermission[] bits = {
        PosixFilePermission.OTHERS_EXECUTE,
        PosixFilePermission.OTHERS_WRITE,
        PosixFilePermission.OTHERS_READ,
        PosixFilePermission.GROUP_EXECUTE,
        PosixFilePermission.GROUP_WRITE,
        PosixFilePermission.GROUP_READ,
        PosixFilePermission.OWNER_EXECUTE,
        PosixFilePermission.OWNER_WRITE,
        PosixFilePermission.OWNER_READ
      };
      for (int i = 0; i < bits.length; i++) {
        if ((mode & (1 << i)) != 0) {
          s.add(bits[i]);
        }
      }
      return s;
    }
  }
}
