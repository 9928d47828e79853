agent('Batched Tournament') {
    describe 'Eight samples, judged in pairs, winners voted.'
    solve { task ->
        def fields = [thinking: 'Think step by step.', answer: 'Number only.']
        def answers = parallel(8) { i -> ask(task.question, temperature: 0.9, fields: fields).answer }
        def winners = answers.collate(2).collect { pair ->
            if (pair.size() < 2 || pair[0] == pair[1]) return pair[0]
            ask("${task.question}\nCandidate A: ${pair[0]}\nCandidate B: ${pair[1]}\nWhich is correct?",
                fields: [answer: 'The correct number.']).answer
        }
        majority(winners)
    }
}
