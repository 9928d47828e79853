agent('Ranked Candidates') {
    describe 'Candidates scored by a critic, sorted with a comparator.'
    solve { task ->
        def cands = parallel(3) { i -> ask(task.question, temperature: 0.8, fields: [thinking: 'Think.', answer: 'Number.']) }
        def scored = cands.collect { c ->
            def s = ask("Question: ${task.question}\nSolution: ${c.thinking}\nAnswer: ${c.answer}\nRate correctness 1-10.",
                role: 'grader', fields: [score: 'Integer 1-10.'])
            [answer: c.answer, score: s.score.isInteger() ? s.score as int : 0]
        }
        scored.sort { a, b -> b.score <=> a.score }
        log scored.toString()
        scored[0].answer
    }
}
