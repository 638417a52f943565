package dev.lastmile.concepts;

import dev.lastmile.model.Cause;
import java.io.Serializable;

/**
 * One concept hit on one sentence: the cause, the rule that made it ({@code
 * concept.<file>.<name>}), the words of the sentence that matched the cause concept and the problem
 * signal (as written in the sentence, so a reviewer sees why), and the whole sentence as the
 * quotable excerpt. For a standalone phrase ("scope creep") {@code concept} and {@code signal} are
 * the same words.
 */
public record ConceptHit(Cause cause, String ruleId, String concept, String signal, String excerpt)
    implements Serializable {}
