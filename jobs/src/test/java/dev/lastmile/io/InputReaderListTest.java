package dev.lastmile.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lastmile.testing.SharedSpark;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputReaderListTest {
  private static void write(Path p, String text) throws IOException {
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }

  @Test
  void walksSubdirectoriesAndSkipsHiddenFilesAndDirectories(@TempDir Path tmp) throws IOException {
    Path jira = tmp.resolve("jira");
    write(jira.resolve("a.csv"), "x");
    write(jira.resolve("2026/q3/b.json"), "yy");
    write(jira.resolve(".a.csv.crc"), "crc");
    write(jira.resolve("_SUCCESS"), "");
    write(jira.resolve("_tmp/c.csv"), "z");
    write(jira.resolve(".git/d.csv"), "z");
    write(tmp.resolve("registry.csv"), "abc");

    List<InputFile> files =
        InputReader.list(
            SharedSpark.spark(),
            List.of(
                new InputReader.Input("jira", jira.toString()),
                new InputReader.Input("registry", tmp.resolve("registry.csv").toString())));

    assertEquals(3, files.size(), files.toString());
    assertTrue(files.get(0).getPath().endsWith("/jira/2026/q3/b.json"), files.get(0).getPath());
    assertEquals("jira", files.get(0).getRole());
    assertEquals(2L, files.get(0).getSize());
    assertTrue(files.get(1).getPath().endsWith("/jira/a.csv"));
    assertTrue(files.get(2).getPath().endsWith("/registry.csv"));
    assertEquals("registry", files.get(2).getRole());
    assertEquals(3L, files.get(2).getSize());
  }

  @Test
  void aMissingPathIsAOneLineInputError(@TempDir Path tmp) {
    InputException e =
        assertThrows(
            InputException.class,
            () ->
                InputReader.list(
                    SharedSpark.spark(),
                    List.of(new InputReader.Input("jira", tmp.resolve("nope").toString()))));
    assertEquals(
        "Cannot read --jira " + tmp.resolve("nope") + ": no such file or directory",
        e.getMessage());
  }
}
