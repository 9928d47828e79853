agent('PoT with evaluator closure') {
    describe 'Expression sampling, each evaluated by a local closure, then majority.'
    solve { task ->
        def evaluate = { String e -> calc(e) }
        def replies = parallel(3) { i ->
            ask("Write one arithmetic expression that computes the answer to:\n${task.question}",
                temperature: 0.6, fields: [expression: 'Arithmetic expression using + - * / ( ) only'])
        }
        def values = []
        replies.each { r ->
            try {
                values << evaluate(r.expression)
            } catch (e) {
                log "bad expression: ${r.expression}"
            }
        }
        if (values.isEmpty()) return ask(task.question).answer
        majority(values)
    }
}
