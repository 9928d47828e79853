agent('No-def Variables') {
    describe 'Plain assignments without def, as a quick script writer would.'
    solve { task ->
        fields = [thinking: 'Think step by step.', answer: 'Number only.']
        first = ask(task.question, fields: fields)
        second = ask(task.question, temperature: 0.8, fields: fields)
        if (first.answer == second.answer) {
            result = first.answer
        } else {
            result = ask("${task.question}\nTwo answers: ${first.answer}, ${second.answer}. Which is correct?", fields: fields).answer
        }
        result
    }
}
