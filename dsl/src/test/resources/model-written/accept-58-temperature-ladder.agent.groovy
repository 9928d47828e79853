agent('Temperature Ladder') {
    describe 'Sample at increasing temperatures and stop once an answer repeats.'
    solve { task ->
        def seen = [] as Set
        def temps = [0.0, 0.3, 0.6, 0.9, 1.2]
        for (t in temps) {
            def a = ask(task.question, temperature: t, fields: [thinking: 'Think.', answer: 'Number only.']).answer.trim()
            if (!seen.add(a)) {
                log "repeat at t=${t}"
                return a
            }
        }
        seen.first()
    }
}
