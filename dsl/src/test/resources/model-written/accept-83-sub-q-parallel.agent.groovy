agent('Parallel Sub-questions') {
    describe 'Independent sub-questions answered in parallel, then combined.'
    solve { task ->
        def d = ask("Split into independent sub-questions (max 3), separated by ';':\n${task.question}", fields: [subs: 'Sub-questions separated by ;'])
        def subs = d.subs.split(';')*.trim().findAll { !it.isEmpty() }
        if (subs.size() > 3) subs = subs[0..2]
        def subAnswers = parallel(subs) { sq -> ask("Context: ${task.question}\nAnswer: ${sq}", fields: [answer: 'Short answer.']).answer }
        def facts = [subs, subAnswers].transpose().collect { "${it[0]} -> ${it[1]}" }.join('\n')
        ask("${task.question}\nFacts:\n${facts}", fields: [thinking: 'Combine.', answer: 'Number only.']).answer
    }
}
