package dev.lastmile.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.permission.FsPermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The in-process chmod of the local file system gives the modes Hadoop's chmod would give. */
class LocalFilesTest {
  @TempDir java.nio.file.Path dir;

  @Test
  void directoriesAndFilesGetTheRequestedModes() throws IOException {
    Configuration conf = new Configuration();
    conf.set("fs.file.impl", LocalFiles.class.getName());
    conf.set("fs.permissions.umask-mode", "022");
    try (FileSystem fs = FileSystem.newInstance(dir.toUri(), conf)) {
      assertTrue(fs instanceof LocalFiles, fs.getClass().getName());
      Path d = new Path(dir.toUri().toString(), "a/b");
      assertTrue(fs.mkdirs(d, new FsPermission((short) 0777)));
      assertEquals("rwxr-xr-x", mode(dir.resolve("a/b")));
      assertEquals("rwxr-xr-x", mode(dir.resolve("a")));
      try (FSDataOutputStream out = fs.create(new Path(d, "part-0"), true)) {
        out.writeBytes("x");
      }
      assertEquals("rw-r--r--", mode(dir.resolve("a/b/part-0")));
      fs.setPermission(new Path(d, "part-0"), new FsPermission((short) 0640));
      assertEquals("rw-r-----", mode(dir.resolve("a/b/part-0")));
      fs.setPermission(d, new FsPermission((short) 0701));
      assertEquals("rwx-----x", mode(dir.resolve("a/b")));
    }
  }

  private static String mode(java.nio.file.Path p) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
  }
}
