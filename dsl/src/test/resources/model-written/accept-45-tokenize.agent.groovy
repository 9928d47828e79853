agent('Tokenized Numbers') {
    describe 'Ask for the quantities first, then let the model compute with them.'
    solve { task ->
        def q = ask("List every number mentioned in this problem, separated by commas:\n${task.question}",
            fields: [numbers: 'Comma-separated numbers.'])
        def tokens = q.numbers.tokenize(', ')
        log "found ${tokens.size()} quantities: ${tokens}"
        ask("""Quantities: ${tokens.join(' | ')}
Problem: ${task.question}
Use the quantities to compute the answer.""",
            fields: [thinking: 'Think step by step.', answer: 'Number only.']).answer
    }
}
