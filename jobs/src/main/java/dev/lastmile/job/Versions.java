package dev.lastmile.job;

/** The product version, from the jar manifest (or "dev" when run from classes). */
public final class Versions {
  private Versions() {}

  public static String lastmile() {
    String v = Versions.class.getPackage().getImplementationVersion();
    return v == null ? "0.1.0-dev" : v;
  }
}
