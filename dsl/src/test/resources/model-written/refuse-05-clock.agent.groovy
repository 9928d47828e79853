// asks the host for: the system clock (System.currentTimeMillis)
agent('Timed Self-Consistency') {
    describe 'Samples until a time budget of 20 seconds is used up.'
    solve { task ->
        long start = System.currentTimeMillis()
        def answers = []
        while (System.currentTimeMillis() - start < 20000 && answers.size() < 9) {
            answers << ask(task.question, temperature: 0.8, fields: [answer: 'Number only.']).answer
        }
        log "took ${System.currentTimeMillis() - start} ms for ${answers.size()} samples"
        majority(answers)
    }
}
