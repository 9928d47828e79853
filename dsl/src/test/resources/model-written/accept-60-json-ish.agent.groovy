agent('Structured Extraction Then Solve') {
    describe 'Extract a structured list of known quantities, then solve with it.'
    solve { task ->
        def ex = ask("Extract the known quantities as lines 'name: value':\n${task.question}",
            fields: [quantities: 'Lines of name: value', unknown: 'What we must find.'])
        def known = ex.quantities.readLines().findAll { it.contains(':') }.collectEntries { line ->
            def idx = line.indexOf(':')
            [(line.substring(0, idx).trim()): line.substring(idx + 1).trim()]
        }
        log "known: ${known}"
        def summary = known.collect { k, v -> "${k} = ${v}" }.join('; ')
        ask("Known: ${summary}\nFind: ${ex.unknown}\nProblem: ${task.question}",
            fields: [thinking: 'Think step by step.', answer: 'Number only.']).answer
    }
}
