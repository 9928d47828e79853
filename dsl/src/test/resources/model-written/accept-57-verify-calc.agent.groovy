agent('Calculator Verifier') {
    describe 'Model gives answer and expression; calc checks they agree.'
    solve { task ->
        def fields = [expression: 'Arithmetic expression computing the answer.', answer: 'The final number.']
        def r = ask(task.question, fields: fields)
        for (int attempt = 0; attempt < 2; attempt++) {
            def computed = null
            try { computed = calc(r.expression) } catch (Exception e) { log "calc error ${e.message}" }
            if (computed != null && r.answer.isNumber() && computed.compareTo(r.answer.toBigDecimal()) == 0) {
                return r.answer
            }
            if (computed != null) return computed
            r = ask("${task.question}\nYour expression '${r.expression}' could not be evaluated. Use only + - * / and parentheses.", fields: fields)
        }
        r.answer
    }
}
