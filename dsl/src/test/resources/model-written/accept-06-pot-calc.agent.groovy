agent('Program of Thought') {
    describe 'The model writes an arithmetic expression; calc evaluates it exactly.'
    solve { task ->
        def r = ask("""Translate this word problem into a single arithmetic expression.
Use only numbers, + - * / and parentheses.

${task.question}""", fields: [thinking: 'Explain which quantities combine.', expression: 'The arithmetic expression only.'])
        def expr = r.expression.trim()
        try {
            def value = calc(expr)
            log "calc(${expr}) = ${value}"
            return value
        } catch (Exception e) {
            log "calc failed: ${e.message}"
            return ask(task.question, fields: [answer: 'The final answer only, as a number.']).answer
        }
    }
}
