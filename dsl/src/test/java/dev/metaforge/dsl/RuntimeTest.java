package dev.metaforge.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.metaforge.model.sim.SimModel;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class RuntimeTest {
    private static final AgentEngine ENGINE = Scripts.engine();

    @AfterAll
    static void close() {
        ENGINE.close();
    }

    private static TaskResult run(String solveBody) throws Exception {
        return ENGINE.compile(Scripts.agent(solveBody), "t.groovy").solve(Scripts.APPLES);
    }

    @Test
    void askReturnsRequestedFieldsAndTracesTheCall() throws Exception {
        TaskResult r = run("        def reply = ask(task.question, fields: [thinking: 'Think.', answer: 'Number.'])\n"
                + "        [reply.thinking.contains('Step'), reply.answer]");
        assertThat(r.answer()).isEqualTo(List.of(true, "19"));
        assertThat(r.calls()).isEqualTo(1);
        TraceEvent call = r.trace().get(0);
        assertThat(call.prompt()).isEqualTo(Scripts.APPLES);
        assertThat(call.model()).isEqualTo("sim");
        assertThat(call.simulated()).isTrue();
        assertThat(call.reply()).containsOnlyKeys("thinking", "answer");
        assertThat(call.usage().promptTokens()).isPositive();
    }

    @Test
    void readingAFieldThatWasNotRequestedFailsTheTaskWithTheFieldNames() throws Exception {
        TaskResult r = run("        ask(task.question, fields: [answer: 'Number.']).thinking");
        assertThat(r.failure()).isEqualTo(FailureKind.RUNTIME);
        assertThat(r.error()).contains("the reply has no field 'thinking'; fields asked for: answer");
    }

    @Test
    void parallelKeepsOrderAndGivesEachBranchItsIndex() throws Exception {
        TaskResult r = run("        parallel(8) { i -> i * 10 }");
        assertThat(r.answer()).isEqualTo(List.of(0, 10, 20, 30, 40, 50, 60, 70));
        TaskResult items = run("        parallel(['a', 'b', 'c']) { s -> s.toUpperCase() }");
        assertThat(items.answer()).isEqualTo(List.of("A", "B", "C"));
    }

    @Test
    void oneFailingBranchFailsTheCallWithItsMessage() throws Exception {
        TaskResult r = run("        parallel(4) { i -> if (i == 2) { throw new IllegalStateException('branch two broke') }; i }");
        assertThat(r.failure()).isEqualTo(FailureKind.RUNTIME);
        assertThat(r.error()).contains("branch two broke");
    }

    @Test
    void nestedParallelDoesNotDeadlockASmallPool() throws Exception {
        try (AgentEngine small = AgentEngine.builder().model(new SimModel(1)).branchThreads(2).build()) {
            TaskResult r = small.compile(Scripts.agent("        parallel(4) { i -> parallel(4) { j -> i * 4 + j }.sum() }"),
                    "t.groovy").solve("q");
            assertThat(r.answer()).isEqualTo(List.of(6, 22, 38, 54));
        }
    }

    @Test
    void repeatedSamplesDifferButRunsRepeatExactly() throws Exception {
        String hard = "Max has 5 toys. He quadruples them. He donates 8. He ends up with 3 times as many. "
                + "He splits them equally into 4 boxes and keeps one box. Then he gets 13 more. How many toys does Max have now?";
        Agent agent = ENGINE.compile(Scripts.agent(
                "        parallel(30) { i -> ask(task.question, temperature: 1.2, fields: [thinking: 'T', answer: 'A']).answer }"),
                "t.groovy");
        TaskResult first = agent.solve(hard);
        TaskResult second = agent.solve(hard);
        assertThat(first.answer()).isEqualTo(second.answer());
        assertThat(new java.util.HashSet<>((List<?>) first.answer())).hasSizeGreaterThan(1);
    }

    @Test
    void majorityNormalisesAndBreaksTiesByFirstSeen() throws Exception {
        assertThat(run("        majority(['14', ' 14.0 ', '15', '15'])").answer()).isEqualTo("14");
        assertThat(run("        majority(['Yes', 'no', 'yes.'])").answer()).isEqualTo("Yes");
    }

    @Test
    void calcIsExactAndRefusesAnythingButArithmetic() throws Exception {
        assertThat(run("        calc('(17+5)*3/4')").answer()).isEqualTo(new BigDecimal("16.5"));
        assertThat(run("        calc('0.1 + 0.2')").answer()).isEqualTo(new BigDecimal("0.3"));
        assertThat(run("        calc('2 ^ 10 - -3')").answer()).isEqualTo(new BigDecimal("1027"));
        TaskResult refused = run("        calc('System.exit(1)')");
        assertThat(refused.failure()).isEqualTo(FailureKind.RUNTIME);
        assertThat(refused.error()).contains("calc accepts numbers, + - * / % ^ and parentheses; found 'S' at column 1");
        assertThat(run("        calc('1/0')").error()).contains("Division by zero");
        assertThat(run("        calc('-2^2')").answer()).isEqualTo(new BigDecimal("-4"));
        assertThat(run("        calc('2^-1')").answer()).isEqualTo(new BigDecimal("0.5"));
        assertThat(run("        calc('10^40 % 7')").answer()).isEqualTo(new BigDecimal("4"));
    }

    @Test
    void teamRunsLayersWithPredecessorResults() throws Exception {
        TaskResult r = run("""
                        team {
                            node('a') { inputs -> 'A' }
                            node('b') { inputs -> 'B' }
                            node('join') { inputs -> "${inputs.a}${inputs.b}".toString() }
                            edge('a', 'join')
                            edge('b', 'join')
                        }""");
        assertThat(r.answer()).isEqualTo(Map.of("a", "A", "b", "B", "join", "AB"));
    }

    @Test
    void teamRolesWhoseNamesCollideInJavaHashesStillGetTheirOwnSamples() throws Exception {
        TaskResult r = run("""
                        def hard = 'Max has 5 toys. He quadruples them. He donates 8. He ends up with 3 times as many. ' +
                            'He splits them equally into 4 boxes and keeps one box. Then he gets 13 more. How many toys does Max have now?'
                        def roles = team {
                            node('Aa') { inputs -> ask(hard, temperature: 1.5, fields: [thinking: 'T', answer: 'A']).thinking }
                            node('BB') { inputs -> ask(hard, temperature: 1.5, fields: [thinking: 'T', answer: 'A']).thinking }
                        }
                        roles.Aa == roles.BB""");
        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
        assertThat(r.answer()).isEqualTo(false);
    }

    @Test
    void teamCycleIsAnErrorNamingTheRoles() throws Exception {
        TaskResult r = run("""
                        team {
                            node('plan') { inputs -> 1 }
                            node('solve') { inputs -> 2 }
                            node('check') { inputs -> 3 }
                            edge('plan', 'solve')
                            edge('solve', 'check')
                            edge('check', 'plan')
                        }""");
        assertThat(r.error()).startsWith("team has a cycle through roles: check, plan, solve");
    }

    @Test
    void logGoesIntoTheTrace() throws Exception {
        TaskResult r = run("        log 'thinking about it'\n        parallel(2) { i -> log \"branch ${i}\" }\n        'done'");
        assertThat(r.trace()).extracting(TraceEvent::prompt)
                .containsExactlyInAnyOrder("thinking about it", "branch 0", "branch 1");
        assertThat(r.trace()).extracting(TraceEvent::branch).contains("", "/0", "/1");
    }

    @Test
    void callLimitStopsTheTask() throws Exception {
        try (AgentEngine limited = AgentEngine.builder().model(new SimModel(1))
                .limits(RunLimits.DEFAULT.withCallsPerTask(3)).build()) {
            TaskResult r = limited.compile(Scripts.agent("        (1..10).collect { ask(task.question).answer }"),
                    "t.groovy").solve(Scripts.APPLES);
            assertThat(r.failure()).isEqualTo(FailureKind.CALL_LIMIT);
            assertThat(r.calls()).isEqualTo(3);
        }
    }

    @Test
    void timeLimitStopsABusyLoop() throws Exception {
        try (AgentEngine limited = AgentEngine.builder().model(new SimModel(1))
                .limits(RunLimits.DEFAULT.withTimePerTask(Duration.ofMillis(300))).build()) {
            TaskResult r = limited.compile(Scripts.agent("        long n = 0\n        while (true) { n++ }\n        n"),
                    "t.groovy").solve("q");
            assertThat(r.failure()).isEqualTo(FailureKind.TIMEOUT);
            assertThat(r.millis()).isLessThan(5_000);
        }
    }

    @Test
    void exceptionInSolveFailsOnlyThatTaskWithItsLine() throws Exception {
        Agent agent = ENGINE.compile(Scripts.agent("        if (task.question == 'bad') {\n"
                + "            throw new IllegalArgumentException('no good')\n        }\n        'fine'"), "t.groovy");
        TaskResult bad = agent.solve("bad");
        assertThat(bad.failure()).isEqualTo(FailureKind.RUNTIME);
        assertThat(bad.error()).isEqualTo("IllegalArgumentException: no good (script line 4)");
        assertThat(agent.solve("good").answer()).isEqualTo("fine");
    }

    @Test
    void oversizedOutputIsRefused() throws Exception {
        TaskResult r = run("        'x' * 50_000");
        assertThat(r.failure()).isEqualTo(FailureKind.OUTPUT_LIMIT);
    }

    @Test
    void answersComeBackAsPlainValues() throws Exception {
        TaskResult r = run("        [n: 1, reply: ask(task.question), task: task]");
        assertThat(r.answer()).isEqualTo(Map.of("n", 1, "reply", "19", "task", Scripts.APPLES));
    }
}
