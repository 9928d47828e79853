package dev.metaforge.search.design;

/**
 * Writes a {@link Blueprint} as an agent script in the DSL: step-back principles, sampled answers
 * with a majority vote, debate rounds over the samples, then critic rounds that stop at the
 * first "correct" verdict and otherwise revise with the feedback in view. The first line keeps
 * the blueprint so that {@link BlueprintReader} reads it back exactly.
 */
public final class BlueprintRenderer {
    static final String MARKER = "// blueprint: ";

    private BlueprintRenderer() {
    }

    public static String render(Blueprint b, String name) {
        String roleArg = b.role().isEmpty() ? "" : "role: '" + quoted(b.role()) + "', ";
        String ask = roleArg + "temperature: " + Blueprint.format(b.temperature()) + ", fields: fields)";
        StringBuilder s = new StringBuilder();
        s.append(MARKER).append(b.encode()).append('\n');
        s.append("agent('").append(quoted(name)).append("') {\n");
        s.append("    describe '").append(quoted(b.summary())).append("'\n");
        s.append("    solve { task ->\n");
        s.append(b.reasoning()
                ? "        def fields = [thinking: 'Think step by step.', answer: 'The final answer only, as a number.']\n"
                : "        def fields = [answer: 'The final answer only, as a number.']\n");
        s.append("        String framed = task.question\n");
        if (b.principles()) {
            s.append("""
                            def principles = ask("What principles are involved in solving this problem?\\n${task.question}",
                                    fields: [thinking: 'Think step by step.', principles: 'The principles involved.']).principles
                            framed = "${task.question}\\n\\nPrinciples to apply: ${principles}"
                    """);
        }
        s.append("        List<Reply> samples = parallel(").append(b.samples()).append(") { i -> ask(framed, ")
                .append(ask).append(" }\n");
        s.append("        String answer = majority(samples*.answer)\n");
        if (b.debateRounds() > 0) {
            s.append("        for (int round = 1; round <= ").append(b.debateRounds()).append("; round++) {\n");
            s.append("""
                                String view = samples.collect { r -> "answer: ${r.answer}" }.join('\\n')
                                samples = parallel(%d) { i ->
                                    ask(""\"${framed}

                    Answers from the debate so far:
                    ${view}
                    Consider them and give your updated answer.""\", %s
                                }
                                answer = majority(samples*.answer)
                            }
                    """.formatted(b.samples(), ask));
        }
        if (b.criticRounds() > 0) {
            s.append("        List<String> history = []\n");
            s.append("        for (int round = 1; round <= ").append(b.criticRounds()).append("; round++) {\n");
            if (b.reasoning()) {
                s.append("            Reply shown = samples.find { r -> r.answer == answer } ?: samples[0]\n");
            }
            s.append("            def review = ask(\"\"\"Question: ${task.question}\n");
            if (b.reasoning()) {
                s.append("Reasoning: ${shown.thinking}\n");
            }
            s.append("""
                    Proposed answer: ${answer}
                    Check the reasoning and the answer carefully.""\", role: 'critic',
                                        fields: [feedback: 'What is wrong, if anything.', correct: 'True if the answer is correct, else False.'])
                                if (review.correct == 'True') {
                                    break
                                }
                                history << "Attempt ${round}: answer ${answer}. Feedback: ${review.feedback}".toString()
                                samples = parallel(%d) { i ->
                                    ask(""\"${framed}

                    Previous attempts and feedback:
                    ${history.join('\\n')}
                    Give a corrected answer.""\", %s
                                }
                                answer = majority(samples*.answer)
                            }
                    """.formatted(b.reviseSamples(), ask));
        }
        s.append("        answer\n");
        s.append("    }\n");
        s.append("}\n");
        return s.toString();
    }

    private static String quoted(String text) {
        return text.replace("\\", "\\\\").replace("'", "\\'").replace("\n", " ");
    }
}
