package dev.metaforge.search;

import dev.metaforge.archive.Archive;
import dev.metaforge.archive.NewDesign;
import dev.metaforge.archive.Origin;
import dev.metaforge.archive.SourceHash;
import dev.metaforge.dsl.Agent;
import dev.metaforge.dsl.AgentEngine;
import dev.metaforge.dsl.FailureKind;
import dev.metaforge.dsl.TaskResult;
import dev.metaforge.dsl.sandbox.CompilationFailed;
import dev.metaforge.eval.Budget;
import dev.metaforge.eval.GoldTask;
import dev.metaforge.search.propose.ArchivedDesign;
import dev.metaforge.search.propose.DesignCheck;
import dev.metaforge.search.propose.Proposal;
import dev.metaforge.search.propose.ProposalContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * One search run's shared state: the designs it has considered, its budget, and the way every
 * design goes into the archive — compiled in the sandbox, stored with its parents (a broken one
 * with its reason), raced on validation against the incumbent, and its evaluation stored with
 * the run. Strategies decide what to propose next; this decides nothing.
 */
public final class SearchSession implements DesignCheck {
    private static final String PROPOSAL_FILE = "proposal.agent.groovy";
    private static final int TRIAL_TASKS = 2;
    private static final int SELECTION_BEST = 4;
    private static final int SELECTION_SIZE = 6;
    private final Archive archive;
    private final long runId;
    private final AgentEngine engine;
    private final BackgroundCompilation compilation;
    private final DesignEvaluations evaluations;
    private final SearchSettings settings;
    private final Budget budget;
    private final SearchListener listener;
    private final String domain;
    private final List<Candidate> candidates = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();
    private int proposals;
    private int duplicates;
    private volatile boolean interrupted;

    SearchSession(Archive archive, long runId, AgentEngine engine, BackgroundCompilation compilation,
                  DesignEvaluations evaluations, SearchSettings settings, Budget budget, SearchListener listener,
                  String domain) {
        this.archive = archive;
        this.runId = runId;
        this.engine = engine;
        this.compilation = compilation;
        this.evaluations = evaluations;
        this.settings = settings;
        this.budget = budget;
        this.listener = listener;
        this.domain = domain;
    }

    /** Adds a hand-written starting design. */
    public Candidate seed(String source, String fileName) throws InterruptedException {
        return admit(source, fileName, Origin.SEED, List.of(), RaceGate.ALWAYS);
    }

    /** Archives a proposal (and every broken version on the way) and, if it works, evaluates it. */
    public Optional<Candidate> consider(Proposal p) throws InterruptedException {
        return consider(p, RaceGate.ALWAYS);
    }

    /** As {@link #consider(Proposal)}, with {@code gate} deciding after the first batch whether to race on. */
    public Optional<Candidate> consider(Proposal p, RaceGate gate) throws InterruptedException {
        proposals++;
        budget.spend(p.calls(), p.tokens(), p.cost());
        for (Proposal.Attempt a : p.failedAttempts()) {
            store(a.name(), "", a.source(), p.origin(), p.parents(), a.reason());
            listener.note("broken version of " + a.name() + ": " + firstLine(a.reason()));
        }
        if (p.duplicate()) {
            duplicates++;
            listener.note(p.failure());
            return Optional.empty();
        }
        if (p.failed()) {
            long id = store(p.name(), p.thought(), p.source(), p.origin(), p.parents(), p.failure());
            seen.add(SourceHash.of(p.source()));
            Candidate failed = new Candidate(id, candidates.size() + 1, p.name(), p.source(), p.origin(), p.parents(), null, p.failure());
            candidates.add(failed);
            listener.considered(this, failed);
            return Optional.of(failed);
        }
        return Optional.of(admit(p.source(), "design-" + proposals + ".agent.groovy", p.origin(), p.parents(), gate));
    }

    private Candidate admit(String source, String fileName, Origin origin, List<Long> parents, RaceGate gate)
            throws InterruptedException {
        seen.add(SourceHash.of(source));
        Agent agent;
        try {
            agent = compilation.compile(source, fileName);
        } catch (CompilationFailed e) {
            long id = store(fileName, "", source, origin, parents, e.getMessage());
            Candidate failed = new Candidate(id, candidates.size() + 1, fileName, source, origin, parents, null, e.getMessage());
            candidates.add(failed);
            listener.considered(this, failed);
            return failed;
        }
        long id = archive.designs().add(NewDesign.builder(agent.name(), source).description(agent.description())
                .origin(origin).parents(parents).build());
        ScoreCard incumbent = incumbent().map(Candidate::validation).orElse(null);
        int index = candidates.size() + 1;
        ScoreCard card = evaluations.race(id, agent, incumbent, () -> interrupted || budget.exhausted().isPresent(),
                first -> gate.more(new Candidate(id, index, agent.name(), source, origin, parents, first, null), incumbent));
        Candidate c = new Candidate(id, index, agent.name(), source, origin, parents, card, null);
        candidates.add(c);
        listener.considered(this, c);
        return c;
    }

    private long store(String name, String description, String source, Origin origin, List<Long> parents,
                       String failure) {
        return archive.designs().add(NewDesign.builder(name, source).description(description).origin(origin)
                .parents(parents).failure(failure).build());
    }

    /** Starts compiling a proposal the search will probably check, while the meta-agent is still working on it. */
    @Override
    public void prepare(String source) {
        compilation.prepare(source, PROPOSAL_FILE);
    }

    /** What is wrong with a script: the compiler's errors, or a run-time error on every one of a few tasks. */
    @Override
    public Optional<String> problem(String source) {
        Agent agent;
        try {
            agent = compilation.compile(source, PROPOSAL_FILE);
        } catch (CompilationFailed e) {
            return Optional.of(e.getMessage());
        }
        List<GoldTask> trial = evaluations.tasks("val").subList(0, Math.min(TRIAL_TASKS, evaluations.tasks("val").size()));
        String first = null;
        for (GoldTask t : trial) {
            long start = System.nanoTime();
            TaskResult r = agent.solve(t.task());
            evaluations.addRunning(System.nanoTime() - start);
            budget.spend(r.calls(), r.usage().totalTokens(), r.usage().cost());
            if (r.ok() || r.failure() == FailureKind.MODEL) {
                return Optional.empty();
            }
            first = first == null ? "on task " + t.task().getId() + ": " + r.error() : first;
        }
        return first == null ? Optional.empty() : Optional.of("it fails when run, " + first);
    }

    /** True when this run already has the design (same normalised source). */
    public boolean known(String source) {
        return seen.contains(SourceHash.of(source));
    }

    /** Why the search must stop now, if it must: a budget limit, the design count, or an interrupt. */
    public Optional<StopReason> stopReason() {
        if (interrupted) {
            return Optional.of(StopReason.interrupted());
        }
        if (settings.maxDesigns() > 0 && proposals >= settings.maxDesigns()) {
            return Optional.of(StopReason.designs(proposals, settings.maxDesigns()));
        }
        return budget.exhausted().map(StopReason::budget);
    }

    /** Asks the search to stop at the next design boundary. */
    public void interrupt() {
        interrupted = true;
    }

    /** A context for a proposal from {@code parent}: the bounded archive selection, its failures, the domain. */
    public ProposalContext.Builder context(Candidate parent, List<Candidate> siblings, long seed) {
        return ProposalContext.builder(parent.asArchived()).others(selection(parent, siblings, seed))
                .failures(parent.validation() == null ? List.of() : parent.validation().failures())
                .domain(domain).examples(evaluations.tasks("val").stream().limit(2)
                        .map(t -> t.task().getQuestion()).toList()).seed(seed).known(this::known);
    }

    /** The best few, the parent's siblings and one other drawn with {@code seed}; never the whole archive. */
    List<ArchivedDesign> selection(Candidate parent, List<Candidate> siblings, long seed) {
        Map<Long, Candidate> chosen = new LinkedHashMap<>();
        ranked().stream().limit(SELECTION_BEST).forEach(c -> chosen.put(c.designId(), c));
        siblings.stream().filter(c -> !c.failed()).limit(2).forEach(c -> chosen.putIfAbsent(c.designId(), c));
        List<Candidate> rest = evaluated().stream().filter(c -> !chosen.containsKey(c.designId())).toList();
        if (!rest.isEmpty()) {
            Candidate other = rest.get(new SplittableRandom(seed).nextInt(rest.size()));
            chosen.put(other.designId(), other);
        }
        chosen.remove(parent.designId());
        return chosen.values().stream().limit(SELECTION_SIZE).map(Candidate::asArchived).toList();
    }

    public List<Candidate> candidates() {
        return List.copyOf(candidates);
    }

    public List<Candidate> evaluated() {
        return candidates.stream().filter(c -> !c.failed()).toList();
    }

    /** A design's fitness on validation by the run's objective (its mean score by default); 0 for a failed one. */
    public double fitness(Candidate c) {
        return c.failed() ? 0 : settings.fitness(c.validation());
    }

    /** Evaluated designs, best first: fitness, then more tasks, then the interval's lower bound, then age. */
    public List<Candidate> ranked() {
        return evaluated().stream().sorted(Comparator.comparingDouble(this::fitness).reversed()
                .thenComparing(c -> -c.validation().n()).thenComparing(c -> -c.validation().ciLow())).toList();
    }

    /** The design new ones race against: the best of those evaluated on every validation task. */
    public Optional<Candidate> incumbent() {
        int all = evaluations.tasks("val").size();
        return ranked().stream().filter(c -> c.validation().n() == all).findFirst();
    }

    /** Counts what a value agent or another helper spent. */
    public void spend(long calls, long tokens, double cost) {
        budget.spend(calls, tokens, cost);
    }

    public Budget budget() {
        return budget;
    }

    public SearchSettings settings() {
        return settings;
    }

    public long runId() {
        return runId;
    }

    public Archive archive() {
        return archive;
    }

    public String domain() {
        return domain;
    }

    public int proposals() {
        return proposals;
    }

    public int duplicates() {
        return duplicates;
    }

    public SearchListener listener() {
        return listener;
    }

    AgentEngine engine() {
        return engine;
    }

    DesignEvaluations evaluations() {
        return evaluations;
    }

    private static String firstLine(String text) {
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }
}
