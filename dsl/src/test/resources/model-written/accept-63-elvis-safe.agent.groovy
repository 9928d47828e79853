agent('Defensive CoT') {
    describe 'Chain-of-thought with defensive null handling.'
    solve { task ->
        def reply = ask(task.question ?: 'No question given', fields: [thinking: 'Think step by step.', answer: 'Number only.'])
        def answer = reply?.answer?.trim()
        if (!answer) {
            answer = ask("Just the number please: ${task.question}")?.answer?.trim() ?: '0'
        }
        answer
    }
}
