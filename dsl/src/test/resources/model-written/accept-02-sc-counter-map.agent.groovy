agent('Self-Consistency Counter') {
    describe 'Seven samples, votes counted by hand in a map.'
    solve { task ->
        def replies = parallel(7) { i ->
            ask(task.question, temperature: 0.9,
                fields: [thinking: 'Think step by step.', answer: 'The final answer only, as a number.'])
        }
        def counts = [:]
        replies.each { r ->
            def a = r.answer.trim()
            counts[a] = (counts[a] ?: 0) + 1
        }
        def best = counts.max { it.value }
        log "votes: ${counts}"
        best.key
    }
}
