agent('Nested Ensemble') {
    describe 'Two roles, each with three samples; vote within role, then across.'
    solve { task ->
        def roles = ['analyst', 'teacher']
        def perRole = parallel(roles) { role ->
            def samples = parallel(3) { i -> ask(task.question, role: role, temperature: 0.8, fields: [answer: 'Number only.']).answer }
            majority(samples)
        }
        log "per-role: ${[roles, perRole].transpose()}"
        perRole.unique().size() == 1 ? perRole[0] : ask("${task.question}\nCandidates: ${perRole.join(' or ')}", fields: [answer: 'Number only.']).answer
    }
}
