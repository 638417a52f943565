package dev.lastmile.eval;

import dev.lastmile.cli.Verb;

/** {@code lastmile eval}: registered in META-INF/services for dev.lastmile.cli.Main. */
public final class EvalVerb implements Verb {
  @Override
  public String name() {
    return "eval";
  }

  @Override
  public int run(String[] args) {
    return Evaluate.run(args);
  }
}
