agent('Exact Cross-Check') {
    describe 'Compare a CoT answer with a calc() evaluation of a model-written expression.'
    solve { task ->
        def cot = ask(task.question, fields: [thinking: 'Think step by step.', answer: 'Number only.'])
        def pot = ask("Write a single arithmetic expression for: ${task.question}", fields: [expr: 'Expression only.'])
        def exact
        try {
            exact = calc(pot.expr)
        } catch (Exception ignored) {
            return cot.answer
        }
        def cotAnswer = cot.answer.trim()
        if (cotAnswer.isNumber() && cotAnswer.toBigDecimal() == exact.toBigDecimal()) {
            return cotAnswer
        }
        log "disagreement: cot=${cotAnswer} pot=${exact}"
        exact
    }
}
