package dev.lastmile.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine a benchmark ran on: cores, RAM, CPU, Java, OS, and load averages. */
final class Machine {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Machine() {}

  static ObjectNode describe() {
    ObjectNode m = JSON.createObjectNode();
    OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    m.put("cores", Runtime.getRuntime().availableProcessors());
    if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
      m.put("ram_mb", sun.getTotalMemorySize() >> 20);
    }
    m.put("cpu_model", cpuModel());
    m.put("os", os.getName() + " " + os.getVersion() + " " + os.getArch());
    m.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    m.put("jvm_max_heap_mb", Runtime.getRuntime().maxMemory() >> 20);
    m.put(
        "jvm_args",
        String.join(
            " ",
            ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> !a.startsWith("--add-opens"))
                .toList()));
    return m;
  }

  /** The 1, 5 and 15 minute load averages (from /proc/loadavg; else the 1-minute one). */
  static ArrayNode loadAverage() {
    ArrayNode a = JSON.createArrayNode();
    try {
      String[] p = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      for (int i = 0; i < 3; i++) {
        a.add(Double.parseDouble(p[i]));
      }
    } catch (IOException | RuntimeException e) {
      a.removeAll();
      a.add(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
    return a;
  }

  /** CPU time used by this JVM so far (all threads), or 0 where the platform does not say. */
  static long processCpuNanos() {
    OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
      return Math.max(0, sun.getProcessCpuTime());
    }
    return 0;
  }

  private static String cpuModel() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
        if (line.startsWith("model name")) {
          return line.substring(line.indexOf(':') + 1).trim();
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux
    }
    return System.getProperty("os.arch");
  }
}
