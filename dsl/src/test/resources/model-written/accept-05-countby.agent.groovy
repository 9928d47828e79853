agent('CountBy Voting') {
    describe 'Self-consistency using countBy to find the modal answer.'
    solve { task ->
        def fields = [thinking: 'Think step by step.', answer: 'The final answer only, as a number.']
        def replies = parallel(6) { i -> ask(task.question, temperature: 0.8, fields: fields) }
        def freq = replies*.answer.countBy { it.trim() }
        def top = freq.max { it.value }
        log "frequencies: $freq"
        if (top.value == 1) {
            // no agreement, fall back to a careful low-temperature answer
            return ask(task.question, temperature: 0.0, fields: fields).answer
        }
        top.key
    }
}
