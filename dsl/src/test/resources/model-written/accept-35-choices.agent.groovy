agent('Choice-Aware CoT') {
    describe 'If the task has choices, list them; otherwise answer freely.'
    solve { task ->
        String q = task.question
        if (task.choices) {
            def listed = task.choices.withIndex().collect { c, i -> "${('A'..'Z')[i]}) ${c}" }.join('\n')
            q = "${q}\n\nChoices:\n${listed}"
        }
        ask(q, fields: [thinking: 'Think step by step.', answer: 'The final answer.']).answer
    }
}
