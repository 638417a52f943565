package dev.lastmile.compare;

import dev.lastmile.cli.Verb;

/** {@code lastmile compare}: registered in META-INF/services for dev.lastmile.cli.Main. */
public final class CompareVerb implements Verb {
  @Override
  public String name() {
    return "compare";
  }

  @Override
  public int run(String[] args) {
    return CompareOutputs.command(args);
  }
}
