agent('Inject Tally') {
    describe 'Self-consistency with inject to build the tally.'
    solve { task ->
        def answers = parallel(5) { i ->
            ask(task.question, temperature: 0.7, fields: [thinking: 'Think.', answer: 'Number only.']).answer.trim()
        }
        def tally = answers.inject([:]) { acc, a ->
            acc[a] = (acc[a] ?: 0) + 1
            acc
        }
        def best = tally.entrySet().sort { -it.value }.first()
        best.key
    }
}
