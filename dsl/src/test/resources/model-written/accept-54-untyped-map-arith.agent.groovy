agent('Score Accumulator') {
    describe 'Accumulate scores per answer from a grader, then pick the best.'
    solve { task ->
        def candidates = parallel(3) { i -> ask(task.question, temperature: 0.9, fields: [thinking: 'Think.', answer: 'Number.']) }
        def scores = [:]
        candidates.each { c ->
            def g = ask("Grade this solution from 0 to 10.\nQ: ${task.question}\nA: ${c.thinking} => ${c.answer}", fields: [grade: 'Number 0-10.'])
            def grade = g.grade.isNumber() ? g.grade.toBigDecimal() : 0
            scores[c.answer] = scores.containsKey(c.answer) ? scores[c.answer] + grade : grade
        }
        def best = scores.max { it.value }
        log "scores ${scores}; best ${best.key} (${best.value})"
        best.key
    }
}
