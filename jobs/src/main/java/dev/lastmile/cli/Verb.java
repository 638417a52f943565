package dev.lastmile.cli;

/**
 * A command-line verb that lives outside the application jar: the generator ({@code generate}), the
 * benchmark ({@code bench}) and the evaluator ({@code eval}) ship in the tools jar (module
 * tooling/, artifact lastmile-tools) and register through {@code
 * META-INF/services/dev.lastmile.cli.Verb}. {@link Main} finds them with {@link
 * java.util.ServiceLoader}; without the tools jar it names the jar it needs (exit 2).
 */
public interface Verb {
  /** The verb as typed after {@code lastmile}, e.g. {@code eval}. */
  String name();

  /**
   * Runs the verb with the arguments after its name and returns the exit code (0 ok, 2 usage, 3
   * input/output, 1 unexpected); prints to System.out and System.err; never calls System.exit.
   */
  int run(String[] args);
}
