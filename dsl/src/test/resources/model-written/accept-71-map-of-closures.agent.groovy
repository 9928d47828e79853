agent('Strategy Table') {
    describe 'A map of strategy closures; run them all and vote.'
    solve { task ->
        def f = [thinking: 'Think.', answer: 'Number only.']
        def strategies = [
            direct : { -> ask(task.question, fields: f).answer },
            stepwise: { -> ask("Step by step: ${task.question}", fields: f).answer },
            equation: { -> ask("Write an equation, solve it: ${task.question}", fields: f).answer }
        ]
        def results = strategies.collectEntries { name, fn -> [name, fn()] }
        log "strategy results ${results}"
        majority(results.values() as List)
    }
}
