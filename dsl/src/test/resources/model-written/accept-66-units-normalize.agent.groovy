agent('Answer Normaliser') {
    describe 'Normalise answers (strip units, commas, trailing .0) before voting.'
    solve { task ->
        def normalize = { String s ->
            def t = s.toLowerCase().replaceAll(/[a-z$%,]/, '').trim()
            if (t.endsWith('.0')) t = t[0..-3]
            t
        }
        def raw = parallel(5) { ask(task.question, temperature: 0.8, fields: [answer: 'The number.']).answer }
        def normed = raw.collect(normalize)
        def counts = normed.countBy { it }
        log "normalised counts ${counts}"
        counts.entrySet().max { it.value }.key
    }
}
