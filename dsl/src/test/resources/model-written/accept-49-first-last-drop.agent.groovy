agent('Iterative Convergence') {
    describe 'Repeatedly re-solve until the last two answers match.'
    solve { task ->
        def fields = [thinking: 'Think step by step.', answer: 'Number only.']
        def history = [ask(task.question, fields: fields).answer]
        for (int i = 0; i < 4; i++) {
            history << ask("${task.question}\nPrevious answers: ${history.join(', ')}\nRe-solve independently.", temperature: 0.4, fields: fields).answer
            if (history.size() >= 2 && history[-1] == history[-2]) break
        }
        log "history: ${history}, dropped first: ${history.drop(1)}"
        history.last()
    }
}
