agent('CoT with the word principle') {
    describe 'One chain of thought with a made-up principles line: the word, not principles.'
    solve { task ->
        ask("""${task.question}

Principles to apply: none.""", fields: [thinking: 'Think step by step.', answer: 'The final answer only, as a number.']).answer
    }
}
