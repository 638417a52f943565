package dev.lastmile.train;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.lastmile.concepts.CauseModel;
import dev.lastmile.concepts.ConceptMatcher;
import dev.lastmile.concepts.FeatureFamilies;
import dev.lastmile.model.Cause;
import dev.lastmile.rules.CauseRules;
import dev.lastmile.transform.CauseMatcher;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.ml.classification.LogisticRegression;
import org.apache.spark.ml.classification.LogisticRegressionModel;
import org.apache.spark.ml.linalg.Matrix;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Trains the learned cause pass ({@link CauseModel}) with Spark MLlib's multinomial logistic
 * regression on labelled sentence files ({@code id,expected_cause,kind,text}; {@code NONE} for
 * sentences that name no cause), over {@link ConceptMatcher#features}, and writes the model file:
 * classes, intercepts, one weight per class for each feature, the files trained on with their
 * SHA-256, the parameters, and a leave-one-file-out estimate (train on the other files, score the
 * held-out one: how the model does on wording it was not trained on).
 *
 * <p>Usage: {@code bin/lastmile-train --out FILE --version V [--reg R] [--elastic-net A]
 * [--min-count N] [--min-probability P] [--max-iter N] [--lofo all|none|FILE,...]
 * [--problem-free-min-probability P] FILE.csv...} (the last: the probability at which a guess needs
 * no problem word under {@code require_problem}; left out, every guess needs one) ({@code --lofo
 * none} skips the leave-one-file-out estimate, a quick fit; a list of files holds out only those)
 */
public final class TrainCauseModel {
  static final String USAGE =
      "Usage: bin/lastmile-train --out FILE --version V [--reg 0.02] [--elastic-net 0]"
          + " [--min-count 2] [--min-probability 0.5] [--max-iter 200] [--lofo all|none|FILE,...]"
          + " [--problem-free-min-probability P] [--features bigrams,chars:5]"
          + " [--class-weight none|balanced|sqrt] [--prune 0.001] [--char-scale 1]"
          + " [--eval FILE,...]"
          + " PHRASES.csv...";

  private TrainCauseModel() {}

  /** How a sentence becomes features: {@link CauseMatcher#modelFeatures}, set by {@link #run}. */
  static java.util.function.Function<String, Set<String>> features =
      t -> CauseMatcher.of(CauseRules.loadDefault()).modelFeatures(t);

  /**
   * The features with a vocabulary (character n-grams of unknown words only), set by {@link #run}.
   */
  static java.util.function.Function<
          java.util.function.Predicate<String>, java.util.function.Function<String, Set<String>>>
      featuresWith = known -> features;

  /** One labelled sentence. */
  record Example(String file, String id, String label, String text, boolean chatter) {}

  /** The training parameters. */
  record Params(
      double reg,
      double elasticNet,
      int minCount,
      double minProbability,
      int maxIter,
      double problemFree,
      FeatureFamilies families,
      String classWeight,
      double prune,
      double charScale) {}

  public static void main(String[] args) throws Exception {
    System.exit(run(args));
  }

  static int run(String[] args) throws Exception {
    Map<String, String> opt = new HashMap<>();
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].startsWith("--")) {
        if (i + 1 >= args.length) {
          System.err.println("lastmile-train: " + args[i] + " needs a value. " + USAGE);
          return 2;
        }
        opt.put(args[i], args[++i]);
      } else {
        files.add(Path.of(args[i]));
      }
    }
    if (!opt.containsKey("--out") || !opt.containsKey("--version") || files.isEmpty()) {
      System.err.println(USAGE);
      return 2;
    }
    Params p =
        new Params(
            Double.parseDouble(opt.getOrDefault("--reg", "0.02")),
            Double.parseDouble(opt.getOrDefault("--elastic-net", "0")),
            Integer.parseInt(opt.getOrDefault("--min-count", "2")),
            Double.parseDouble(opt.getOrDefault("--min-probability", "0.5")),
            Integer.parseInt(opt.getOrDefault("--max-iter", "200")),
            Double.parseDouble(
                opt.getOrDefault(
                    "--problem-free-min-probability", String.valueOf(CauseModel.NEVER))),
            FeatureFamilies.parse(List.of(opt.getOrDefault("--features", "").split(","))),
            opt.getOrDefault("--class-weight", "none"),
            Double.parseDouble(opt.getOrDefault("--prune", "0.001")),
            Double.parseDouble(opt.getOrDefault("--char-scale", "1")));
    if (!List.of("none", "balanced", "sqrt").contains(p.classWeight())) {
      System.err.println("lastmile-train: --class-weight none|balanced|sqrt. " + USAGE);
      return 2;
    }
    List<Example> evalSet = new ArrayList<>();
    List<String> evalFiles = new ArrayList<>();
    if (opt.containsKey("--eval")) {
      for (String f : opt.get("--eval").split(",")) {
        evalFiles.add(f);
        try {
          evalSet.addAll(read(Path.of(f)));
        } catch (IOException e) {
          System.err.println("lastmile-train: " + e.getMessage());
          return 3;
        }
      }
    }
    List<Example> all = new ArrayList<>();
    try {
      for (Path f : files) {
        all.addAll(read(f));
      }
    } catch (IOException e) {
      System.err.println("lastmile-train: " + e.getMessage());
      return 3;
    }
    ConceptMatcher cm = ConceptMatcher.loadDefault();
    boolean owned = SparkSession.getDefaultSession().isEmpty();
    SparkSession spark =
        SparkSession.builder()
            .master("local[2]")
            .appName("lastmile-train")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "2")
            .getOrCreate();
    try {
      ObjectNode root = new ObjectMapper().createObjectNode();
      root.put("version", opt.get("--version"));
      root.put(
          "description",
          "The learned cause pass (dev.lastmile.concepts.CauseModel): multinomial logistic"
              + " regression over ConceptMatcher.features (w: word stems, k:CAUSE:role concept"
              + " terms, q: shared cues), written by bin/lastmile-train; see docs/causes.md,"
              + " section 'The learned pass'. Do not edit by hand: retrain.");
      root.put("concepts_version", cm.version());
      ArrayNode on = root.putArray("trained_on");
      for (Path f : files) {
        ObjectNode o = on.addObject();
        o.put("file", f.toString());
        o.put("sha256", sha256(f));
        o.put("rows", all.stream().filter(e -> e.file().equals(f.toString())).count());
      }
      ObjectNode params = root.putObject("parameters");
      params.put("algorithm", "Spark MLlib LogisticRegression, family multinomial");
      params.put("reg_param", p.reg());
      params.put("elastic_net_param", p.elasticNet());
      params.put("min_feature_count", p.minCount());
      params.put("min_probability_scored", p.minProbability());
      params.put("max_iter", p.maxIter());
      ArrayNode fams = params.putArray("feature_families");
      p.families().names().forEach(fams::add);
      params.put("class_weight", p.classWeight());
      params.put("prune_below", p.prune());
      params.put("char_feature_value_in_training", p.charScale());
      if (p.problemFree() <= 1.0) {
        params.put("problem_free_min_probability", p.problemFree());
      }
      ObjectNode loso = root.putObject("leave_one_file_out");
      loso.put(
          "note",
          "Trained on the other files, scored on this one: the rules and the concept pass first,"
              + " the model where they name nothing (as the product runs), at min_probability.");
      CauseMatcher rules =
          CauseMatcher.of(
              CauseRules.fromJson(
                  new ObjectMapper()
                      .readTree(
                          "{\"model_pass\":{\"enabled\":false},\"version\":\"train-rules\"}")));
      features = t -> rules.modelFeatures(t, p.families(), f -> false);
      featuresWith = known -> t -> rules.modelFeatures(t, p.families(), known);
      Map<String, String> byRules = new HashMap<>();
      for (Example e : evalSet) {
        String c = rules.primaryCause(e.text());
        byRules.put(e.text(), c == null ? CauseModel.NONE : c);
      }
      for (Example e : all) {
        String c = rules.primaryCause(e.text());
        byRules.put(e.text(), c == null ? CauseModel.NONE : c);
      }
      // chatter: ordinary Jira text, a NONE example where the rules name nothing in it
      int chatterRead = 0;
      List<Example> kept = new ArrayList<>();
      List<String> heldOut = new ArrayList<>();
      for (Example e : all) {
        if (!e.chatter()) {
          kept.add(e);
          if (!heldOut.contains(e.file())) {
            heldOut.add(e.file());
          }
        } else {
          chatterRead++;
          if (byRules.get(e.text()).equals(CauseModel.NONE)) {
            kept.add(e);
          }
        }
      }
      params.put("chatter_read", chatterRead);
      params.put("chatter_kept_as_none", kept.size() - (all.size() - chatterRead));
      all = kept;
      String lofo = opt.getOrDefault("--lofo", "all");
      List<String> toHold =
          lofo.equals("all")
              ? heldOut
              : lofo.equals("none")
                  ? List.of()
                  : heldOut.stream().filter(List.of(lofo.split(","))::contains).toList();
      for (String heldName : toHold) {
        Path held = Path.of(heldName);
        List<Example> train = new ArrayList<>();
        List<Example> test = new ArrayList<>();
        for (Example e : all) {
          (e.file().equals(held.toString()) ? test : train).add(e);
        }
        CauseModel m = fit(spark, train, p, "loso");
        ObjectNode h = loso.putObject(held.toString());
        int[] r = score(null, test, 1.0, byRules);
        h.put("rules_alone", r[0] + "/" + r[1] + " named, " + r[2] + "/" + r[3] + " silent");
        System.out.printf(
            Locale.ROOT,
            "held out %s: rules alone %d/%d named, %d/%d silent%n",
            held,
            r[0],
            r[1],
            r[2],
            r[3]);
        for (double minP : new double[] {0.5, 0.6, 0.65, 0.7, 0.8}) {
          int[] s = score(m, test, minP, byRules);
          String key = String.format(Locale.ROOT, "with_model_at_%.2f", minP);
          h.put(key, s[0] + "/" + s[1] + " named, " + s[2] + "/" + s[3] + " silent");
          System.out.printf(
              Locale.ROOT, "  + %s: %d/%d named, %d/%d silent%n", key, s[0], s[1], s[2], s[3]);
        }
        // require_problem with a guess that needs no problem word from this probability on
        for (double pf : new double[] {0.8, 0.85, 0.9, 0.95}) {
          int[] g = score(m.withProblemFreeMinProbability(pf), test, p.minProbability(), byRules);
          String key =
              String.format(
                  Locale.ROOT, "with_model_at_%.2f_problem_free_from_%.2f", p.minProbability(), pf);
          h.put(key, g[0] + "/" + g[1] + " named, " + g[2] + "/" + g[3] + " silent");
          System.out.printf(
              Locale.ROOT, "  + %s: %d/%d named, %d/%d silent%n", key, g[0], g[1], g[2], g[3]);
        }
        // the require_problem guard off (model_pass.require_problem false), at the trained
        // min-probability: what the guard costs and what it keeps silent
        int[] f = score(m, test, p.minProbability(), byRules, false);
        String key =
            String.format(
                Locale.ROOT, "with_model_at_%.2f_require_problem_false", p.minProbability());
        h.put(key, f[0] + "/" + f[1] + " named, " + f[2] + "/" + f[3] + " silent");
        System.out.printf(
            Locale.ROOT, "  + %s: %d/%d named, %d/%d silent%n", key, f[0], f[1], f[2], f[3]);
      }
      CauseModel model =
          fit(spark, all, p, opt.get("--version")).withProblemFreeMinProbability(p.problemFree());
      int[] s = score(model, all, p.minProbability(), Map.of());
      System.out.printf(
          Locale.ROOT,
          "trained on all %d: positives named %d/%d, negatives silent %d/%d%n",
          all.size(),
          s[0],
          s[1],
          s[2],
          s[3]);
      ObjectNode ev = root.putObject("evaluated_on");
      for (String f : evalFiles) {
        List<Example> test = evalSet.stream().filter(e -> e.file().equals(f)).toList();
        ObjectNode h = ev.putObject(f);
        int[] r = score(null, test, 1.0, byRules);
        h.put("rules_alone", r[0] + "/" + r[1] + " named, " + r[2] + "/" + r[3] + " silent");
        System.out.printf(
            Locale.ROOT,
            "evaluated %s: rules alone %d/%d named, %d/%d silent%n",
            f,
            r[0],
            r[1],
            r[2],
            r[3]);
        for (double minP : new double[] {0.4, 0.5, 0.6, 0.7}) {
          int[] e = score(model, test, minP, byRules);
          String key = String.format(Locale.ROOT, "with_model_at_%.2f", minP);
          h.put(key, e[0] + "/" + e[1] + " named, " + e[2] + "/" + e[3] + " silent");
          System.out.printf(
              Locale.ROOT, "  + %s: %d/%d named, %d/%d silent%n", key, e[0], e[1], e[2], e[3]);
        }
        int[] g = score(model, test, p.minProbability(), byRules, false);
        h.put(
            "with_model_require_problem_false",
            g[0] + "/" + g[1] + " named, " + g[2] + "/" + g[3] + " silent");
        System.out.printf(
            Locale.ROOT,
            "  + require_problem false at %.2f: %d/%d named, %d/%d silent%n",
            p.minProbability(),
            g[0],
            g[1],
            g[2],
            g[3]);
      }
      if (evalFiles.isEmpty()) {
        root.remove("evaluated_on");
      }
      System.out.printf(Locale.ROOT, "model features: %d%n", model.weights().size());
      write(root, model, Path.of(opt.get("--out")));
      return 0;
    } finally {
      if (owned) {
        spark.stop();
      }
    }
  }

  /** The labels, in class order: NONE, then the causes in taxonomy order. */
  static List<String> classes() {
    List<String> out = new ArrayList<>();
    out.add(CauseModel.NONE);
    for (Cause c : Cause.values()) {
      if (c != Cause.UNKNOWN) {
        out.add(c.code());
      }
    }
    return out;
  }

  /** Fits the model on {@code train}: features seen at least min-count times. */
  static CauseModel fit(SparkSession spark, List<Example> train, Params p, String version) {
    List<String> classes = classes();
    List<Set<String>> feats = new ArrayList<>();
    Map<String, Integer> counts = new TreeMap<>();
    java.util.function.Function<String, Set<String>> fx = features;
    if (p.families().charUnknownOnly()) {
      // the vocabulary as the product will see it: the stems seen at least min-count times
      Map<String, Integer> stems = new HashMap<>();
      for (Example e : train) {
        for (String f : features.apply(e.text())) {
          if (f.startsWith("w:") || f.startsWith("n:") && !f.contains(":k:")) {
            stems.merge(f, 1, Integer::sum);
          }
        }
      }
      fx = featuresWith.apply(f -> stems.getOrDefault(f, 0) >= p.minCount());
    }
    for (Example e : train) {
      Set<String> f = fx.apply(e.text());
      feats.add(f);
      f.forEach(x -> counts.merge(x, 1, Integer::sum));
    }
    List<String> vocab = new ArrayList<>();
    Map<String, Integer> index = new HashMap<>();
    counts.forEach(
        (f, n) -> {
          if (n >= p.minCount()) {
            index.put(f, vocab.size());
            vocab.add(f);
          }
        });
    Map<String, Integer> perClass = new HashMap<>();
    train.forEach(e -> perClass.merge(e.label(), 1, Integer::sum));
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < train.size(); i++) {
      List<Integer> ix = new ArrayList<>();
      for (String f : feats.get(i)) {
        Integer k = index.get(f);
        if (k != null) {
          ix.add(k);
        }
      }
      int[] idx = ix.stream().mapToInt(Integer::intValue).sorted().toArray();
      double[] ones = new double[idx.length];
      for (int q = 0; q < idx.length; q++) {
        ones[q] = charFeature(vocab.get(idx[q])) ? p.charScale() : 1.0;
      }
      Vector v = Vectors.sparse(vocab.size(), idx, ones);
      double n = perClass.get(train.get(i).label());
      double mean = (double) train.size() / perClass.size();
      double weight =
          switch (p.classWeight()) {
            case "balanced" -> mean / n;
            case "sqrt" -> Math.sqrt(mean / n);
            default -> 1.0;
          };
      rows.add(RowFactory.create((double) classes.indexOf(train.get(i).label()), v, weight));
    }
    StructType schema =
        new StructType()
            .add("label", DataTypes.DoubleType, false)
            .add("features", SQLDataTypes.VectorType(), false)
            .add("weight", DataTypes.DoubleType, false);
    Dataset<Row> df = spark.createDataFrame(rows, schema);
    LogisticRegressionModel lr =
        new LogisticRegression()
            .setFamily("multinomial")
            .setRegParam(p.reg())
            .setElasticNetParam(p.elasticNet())
            .setStandardization(false)
            .setMaxIter(p.maxIter())
            .setTol(1e-6)
            .setWeightCol("weight")
            .fit(df);
    Matrix w = lr.coefficientMatrix();
    Vector b = lr.interceptVector();
    int k = classes.size();
    double[] intercepts = new double[k];
    for (int c = 0; c < k; c++) {
      intercepts[c] = c < b.size() ? round(b.apply(c)) : 0.0;
    }
    Map<String, double[]> weights = new LinkedHashMap<>();
    for (int j = 0; j < vocab.size(); j++) {
      double[] col = new double[k];
      double max = 0;
      // a character n-gram's value in training (--char-scale) goes into its weight: the product
      // reads every feature as present (1) or absent
      double v = charFeature(vocab.get(j)) ? p.charScale() : 1.0;
      for (int c = 0; c < k && c < w.numRows(); c++) {
        col[c] = round(v * w.apply(c, j));
        max = Math.max(max, Math.abs(col[c]));
      }
      String name = vocab.get(j);
      boolean stem = name.startsWith("w:") || name.startsWith("n:") && !name.contains(":k:");
      if (max >= (stem ? 0.001 : Math.max(0.001, p.prune()))
          || stem && p.families().charUnknownOnly()) {
        weights.put(vocab.get(j), col);
      }
    }
    return new CauseModel(
        version,
        classes.toArray(new String[0]),
        intercepts,
        weights,
        CauseModel.NEVER,
        p.families());
  }

  private static boolean charFeature(String f) {
    return f.startsWith("c:") || f.startsWith("n:c:");
  }

  private static double round(double v) {
    return Math.round(v * 10_000.0) / 10_000.0;
  }

  /**
   * {positives named right, positives, negatives silent, negatives}: the rules' cause from {@code
   * byRules} when they named one, else what the compiled matcher with model {@code m} at {@code
   * minP} names (the shipped guards of {@code model_pass} included), as the product runs it ({@code
   * m} null: the rules alone).
   */
  static int[] score(CauseModel m, List<Example> test, double minP, Map<String, String> byRules) {
    return score(m, test, minP, byRules, null);
  }

  /** As {@link #score(CauseModel, List, double, Map)}; {@code requireProblem} null: as shipped. */
  static int[] score(
      CauseModel m,
      List<Example> test,
      double minP,
      Map<String, String> byRules,
      Boolean requireProblem) {
    CauseMatcher withModel = m == null ? null : matcher(m, minP, requireProblem);
    int[] s = new int[4];
    for (Example e : test) {
      String got = byRules.get(e.text());
      if (got == null || got.equals(CauseModel.NONE) && withModel != null) {
        String c = withModel == null ? null : withModel.primaryCause(e.text());
        got = c == null ? CauseModel.NONE : c;
      }
      if (e.label().equals(CauseModel.NONE)) {
        s[3]++;
        s[2] += got.equals(CauseModel.NONE) ? 1 : 0;
      } else {
        s[1]++;
        s[0] += got.equals(e.label()) ? 1 : 0;
      }
    }
    return s;
  }

  /** The shipped rules with the learned pass on, model {@code m}, at {@code minP}. */
  static CauseMatcher matcher(CauseModel m, double minP) {
    return matcher(m, minP, null);
  }

  /** As {@link #matcher(CauseModel, double)}, {@code require_problem} as given (null: shipped). */
  static CauseMatcher matcher(CauseModel m, double minP, Boolean requireProblem) {
    try {
      return CauseMatcher.withModel(
          CauseRules.fromJson(
              new ObjectMapper()
                  .readTree(
                      String.format(
                          Locale.ROOT,
                          "{\"model_pass\":{\"enabled\":true,\"min_probability\":%s%s},"
                              + "\"version\":\"train-score\"}",
                          minP,
                          requireProblem == null ? "" : ",\"require_problem\":" + requireProblem))),
          m);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<Example> read(Path f) throws IOException {
    List<Example> out = new ArrayList<>();
    if (!Files.isRegularFile(f)) {
      throw new IOException(f + ": no such file");
    }
    try (InputStream in = Files.newInputStream(f)) {
      MappingIterator<Map<String, String>> it =
          new CsvMapper()
              .readerFor(Map.class)
              .with(CsvSchema.emptySchema().withHeader())
              .readValues(in);
      int line = 1;
      List<String> classes = classes();
      while (true) {
        Map<String, String> r;
        try {
          if (!it.hasNext()) {
            break;
          }
          r = it.next();
        } catch (RuntimeException e) {
          throw new IOException(f + " record " + (line + 1) + ": " + e.getMessage(), e);
        }
        line++;
        // id,expected_cause,kind,text; or text,label[,lang] (eval/train-2026-12g/indirect): the
        // label column as expected_cause, the line number as id
        String label = r.getOrDefault("expected_cause", r.getOrDefault("label", ""));
        if (label.isBlank() || label.equals(Cause.UNKNOWN.code())) {
          label = CauseModel.NONE;
        }
        if (!classes.contains(label) || r.get("text") == null) {
          throw new IOException(f + " record " + line + ": unknown expected_cause '" + label + "'");
        }
        boolean chatter = "chatter".equals(r.get("kind"));
        String id = r.getOrDefault("id", "L" + line);
        out.add(new Example(f.toString(), id, label, r.get("text"), chatter));
      }
    }
    return out;
  }

  static String sha256(Path f) throws IOException {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Writes the model with one feature per line (weights in class order), keys sorted. */
  static void write(ObjectNode root, CauseModel m, Path out) throws IOException {
    ArrayNode cl = root.putArray("classes");
    m.classes().forEach(cl::add);
    ArrayNode ic = root.putArray("intercepts");
    for (double v : m.intercepts()) {
      ic.add(v);
    }
    ObjectNode w = root.putObject("weights");
    new TreeMap<>(m.weights())
        .forEach(
            (f, v) -> {
              ArrayNode a = w.putArray(f);
              for (double x : v) {
                a.add(x);
              }
            });
    DefaultPrettyPrinter pp =
        new DefaultPrettyPrinter() {
          @Override
          public DefaultPrettyPrinter createInstance() {
            return this;
          }
        };
    pp.indentObjectsWith(new DefaultIndenter("  ", "\n"));
    pp.indentArraysWith(DefaultPrettyPrinter.FixedSpaceIndenter.instance);
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, new ObjectMapper().writer(pp).writeValueAsString(root) + "\n");
  }
}
