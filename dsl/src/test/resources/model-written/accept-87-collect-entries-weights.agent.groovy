agent('Temperature-Weighted Vote') {
    describe 'Lower temperature samples get higher weight.'
    solve { task ->
        def temps = [0.1, 0.5, 0.9, 1.3]
        def answers = parallel(temps) { t -> ask(task.question, temperature: t, fields: [answer: 'Number only.']).answer.trim() }
        def weights = temps.collect { t -> 2.0 - t }
        def scores = [:]
        answers.eachWithIndex { a, i -> scores[a] = (scores[a] ?: 0.0) + weights[i] }
        def ranked = scores.collectEntries { k, v -> [k, Math.round(v * 100) / 100] }.sort { -it.value }
        log "weighted scores ${ranked}"
        ranked.keySet().first()
    }
}
