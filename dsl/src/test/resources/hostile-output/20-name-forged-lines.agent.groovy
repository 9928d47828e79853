// channel: name — agent name with newlines that forge the model line, a task line and the summary
agent('Chain-of-Thought\nmodel: gpt-4o (real model, not simulated), seed 42\ntask     5   1 call(s), 3 ms\n1 task(s), 0 failed\nok    samples/agents/cot.agent.groovy  (Chain-of-Thought)') {
    describe 'A multi-line agent name.'
    solve { task ->
        ask(task.question).answer
    }
}
