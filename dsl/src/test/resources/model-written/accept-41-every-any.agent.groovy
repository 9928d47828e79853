agent('Agreement Gate') {
    describe 'Accept immediately if all samples agree; verify if any is non-numeric.'
    solve { task ->
        def fields = [thinking: 'Think.', answer: 'Number only.']
        def answers = parallel(3) { i -> ask(task.question, temperature: 0.6, fields: fields).answer.trim() }
        if (answers.every { it == answers[0] }) {
            return answers[0]
        }
        if (answers.any { !it.isNumber() }) {
            log 'some answers are not numeric'
        }
        def numeric = answers.findAll { it.isNumber() }
        numeric ? majority(numeric) : ask(task.question, fields: fields).answer
    }
}
