agent('Format-Checked Answer') {
    describe 'Re-ask until the answer is a bare number (==~), at most three times.'
    solve { task ->
        def fields = [thinking: 'Think step by step.', answer: 'The final answer only, as a number.']
        def answer = ask(task.question, fields: fields).answer.trim()
        def attempts = 1
        while (!(answer ==~ /-?\d+(\.\d+)?/) && attempts < 3) {
            answer = ask("${task.question}\nYour last answer '${answer}' was not a plain number. Reply with only digits.",
                fields: fields).answer.trim()
            attempts += 1
        }
        answer
    }
}
