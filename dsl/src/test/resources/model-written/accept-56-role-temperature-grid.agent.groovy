agent('Role x Temperature Grid') {
    describe 'All combinations of two roles and two temperatures; majority vote.'
    solve { task ->
        def roles = ['careful solver', 'fast solver']
        def temps = [0.2, 0.9]
        def combos = [roles, temps].combinations()
        def answers = parallel(combos) { combo ->
            def (role, t) = combo
            ask(task.question, role: role, temperature: t, fields: [answer: 'Number only.']).answer
        }
        majority(answers)
    }
}
