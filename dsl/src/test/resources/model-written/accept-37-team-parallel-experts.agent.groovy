agent('Expert Panel Team') {
    describe 'Three independent experts feed an aggregator node.'
    solve { task ->
        def f = [thinking: 'Think step by step.', answer: 'Number only.']
        def out = team {
            node('algebra') { inputs -> ask(task.question, role: 'algebra expert', fields: f).answer }
            node('arith') { inputs -> ask(task.question, role: 'arithmetic expert', fields: f).answer }
            node('estimator') { inputs -> ask(task.question, role: 'estimation expert', fields: f).answer }
            node('aggregate') { inputs ->
                def votes = [inputs.algebra, inputs.arith, inputs.estimator]
                majority(votes)
            }
            ['algebra', 'arith', 'estimator'].each { edge(it, 'aggregate') }
        }
        out['aggregate']
    }
}
