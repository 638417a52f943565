package dev.lastmile.gen;

import dev.lastmile.cli.Verb;

/** {@code lastmile generate}: registered in META-INF/services for dev.lastmile.cli.Main. */
public final class GenerateVerb implements Verb {
  @Override
  public String name() {
    return "generate";
  }

  @Override
  public int run(String[] args) {
    return PortfolioGenerator.run(args);
  }
}
