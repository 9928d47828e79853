// asks the host for: a random number generator (new Random)
agent('Random Persona Sampler') {
    describe 'Picks three random personas for diversity, then votes.'
    solve { task ->
        def personas = ['teacher', 'engineer', 'accountant', 'student', 'professor']
        def rnd = new Random()
        def chosen = (1..3).collect { personas[rnd.nextInt(personas.size())] }
        def answers = parallel(chosen) { p -> ask(task.question, role: p, fields: [answer: 'Number only.']).answer }
        majority(answers)
    }
}
