agent('Longest Reasoning Wins') {
    describe 'Among agreeing answers prefer the one with the most detailed reasoning.'
    solve { task ->
        def rs = parallel(4) { ask(task.question, temperature: 0.8, fields: [thinking: 'Think step by step.', answer: 'Number only.']) }
        def top = majority(rs*.answer)
        def support = rs.findAll { it.answer == top }
        def best = support.max { a, b -> a.thinking.length() <=> b.thinking.length() }
        log "chosen reasoning length ${best?.thinking?.size()}"
        best?.answer ?: top
    }
}
