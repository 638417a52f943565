package dev.lastmile.rules;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which cause rules can match a text, found in one pass over the text.
 *
 * <p>Every rule's regex is reduced by {@link RequiredLiterals#branches} to alternatives of clauses
 * of literals. All literals of all rules go into one character trie; a text is walked once from
 * every position, which marks the literals it contains, then the clauses those literals satisfy,
 * and a rule is a candidate when all clauses of one of its alternatives are satisfied. Only
 * candidates need their regex run: a rule that is not a candidate cannot match, because its
 * literals are necessary for a match. Rules whose regex requires nothing are always candidates.
 *
 * <p>This replaces testing every sentence against the alternation of all rules, which cost about
 * 600 microseconds per sentence (docs/benchmarks.md); the walk costs a few.
 */
public final class RuleTriggers implements Serializable {
  private static final long serialVersionUID = 1L;

  // trie, flat (a few hundred kB serialised, shipped with every task): node n's children are
  // keys[edges[n] .. edges[n+1]) (sorted) leading to next[...]; the clauses a literal ending at
  // node n satisfies are clauses[at[n] .. at[n+1])
  private final int[] edges;
  private final char[] keys;
  private final int[] next;
  private final int[] at;
  private final int[] clauses;
  // branch b of rule r: branchClauses[r][b] = clause ids that must all be satisfied
  private final int[][][] branchClauses;
  private final boolean[] always;
  private final int clauseCount;

  private RuleTriggers(
      int[] edges,
      char[] keys,
      int[] next,
      int[] at,
      int[] clauses,
      int[][][] branchClauses,
      boolean[] always,
      int clauseCount) {
    this.edges = edges;
    this.keys = keys;
    this.next = next;
    this.at = at;
    this.clauses = clauses;
    this.branchClauses = branchClauses;
    this.always = always;
    this.clauseCount = clauseCount;
  }

  /** Builds the index for {@code regexes}, one per rule, in rule order. */
  public static RuleTriggers of(List<String> regexes) {
    Builder b = new Builder();
    int n = regexes.size();
    int[][][] branchClauses = new int[n][][];
    boolean[] always = new boolean[n];
    for (int r = 0; r < n; r++) {
      List<List<Set<String>>> branches = RequiredLiterals.branches(regexes.get(r));
      if (branches.size() == 1 && branches.get(0).isEmpty()) {
        always[r] = true;
        branchClauses[r] = new int[0][];
        continue;
      }
      branchClauses[r] = new int[branches.size()][];
      for (int i = 0; i < branches.size(); i++) {
        List<Set<String>> cnf = branches.get(i);
        int[] ids = new int[cnf.size()];
        for (int c = 0; c < cnf.size(); c++) {
          ids[c] = b.clause(cnf.get(c));
        }
        branchClauses[r][i] = ids;
      }
    }
    return b.build(branchClauses, always);
  }

  /** Number of rules indexed. */
  public int size() {
    return always.length;
  }

  /** Rule indexes (in rule order) that can match {@code text}; empty for null. */
  public int[] candidates(String text) {
    if (text == null) {
      return new int[0];
    }
    boolean[] sat = new boolean[clauseCount];
    int len = text.length();
    for (int start = 0; start < len; start++) {
      int node = 0;
      for (int i = start; i < len; i++) {
        int k = Arrays.binarySearch(keys, edges[node], edges[node + 1], text.charAt(i));
        if (k < 0) {
          break;
        }
        node = next[k];
        for (int c = at[node]; c < at[node + 1]; c++) {
          sat[clauses[c]] = true;
        }
      }
    }
    int[] out = new int[always.length];
    int m = 0;
    for (int r = 0; r < always.length; r++) {
      if (always[r] || anyBranch(branchClauses[r], sat)) {
        out[m++] = r;
      }
    }
    return Arrays.copyOf(out, m);
  }

  private static boolean anyBranch(int[][] branches, boolean[] sat) {
    for (int[] clauses : branches) {
      boolean all = true;
      for (int c : clauses) {
        if (!sat[c]) {
          all = false;
          break;
        }
      }
      if (all) {
        return true;
      }
    }
    return false;
  }

  /** Collects literals into a trie and numbers distinct clauses. */
  private static final class Builder {
    private final List<Map<Character, Integer>> children = new ArrayList<>();
    private final List<List<Integer>> clausesAt = new ArrayList<>();
    private final Map<Set<String>, Integer> clauseIds = new HashMap<>();

    Builder() {
      node();
    }

    private int node() {
      children.add(new LinkedHashMap<>());
      clausesAt.add(new ArrayList<>());
      return children.size() - 1;
    }

    int clause(Set<String> literals) {
      Integer id = clauseIds.get(literals);
      if (id != null) {
        return id;
      }
      int cid = clauseIds.size();
      clauseIds.put(literals, cid);
      for (String lit : literals) {
        int n = 0;
        for (int i = 0; i < lit.length(); i++) {
          char ch = lit.charAt(i);
          Integer child = children.get(n).get(ch);
          if (child == null) {
            child = node();
            children.get(n).put(ch, child);
          }
          n = child;
        }
        clausesAt.get(n).add(cid);
      }
      return cid;
    }

    RuleTriggers build(int[][][] branchClauses, boolean[] always) {
      int n = children.size();
      int[] edges = new int[n + 1];
      int[] at = new int[n + 1];
      for (int i = 0; i < n; i++) {
        edges[i + 1] = edges[i] + children.get(i).size();
        at[i + 1] = at[i] + (int) clausesAt.get(i).stream().distinct().count();
      }
      char[] keys = new char[edges[n]];
      int[] next = new int[edges[n]];
      int[] clauses = new int[at[n]];
      for (int i = 0; i < n; i++) {
        List<Map.Entry<Character, Integer>> es = new ArrayList<>(children.get(i).entrySet());
        es.sort(Map.Entry.comparingByKey());
        for (int j = 0; j < es.size(); j++) {
          keys[edges[i] + j] = es.get(j).getKey();
          next[edges[i] + j] = es.get(j).getValue();
        }
        int[] cs = clausesAt.get(i).stream().distinct().mapToInt(Integer::intValue).toArray();
        System.arraycopy(cs, 0, clauses, at[i], cs.length);
      }
      return new RuleTriggers(
          edges, keys, next, at, clauses, branchClauses, always, clauseIds.size());
    }
  }
}
