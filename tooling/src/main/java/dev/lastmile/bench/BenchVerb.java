package dev.lastmile.bench;

import dev.lastmile.cli.Verb;

/** {@code lastmile bench}: registered in META-INF/services for dev.lastmile.cli.Main. */
public final class BenchVerb implements Verb {
  @Override
  public String name() {
    return "bench";
  }

  @Override
  public int run(String[] args) {
    return Bench.command(args);
  }
}
