agent('Indexed Candidates') {
    describe 'Number candidates, let a selector pick one by index.'
    solve { task ->
        List<String> cands = parallel(4) { i ->
            ask(task.question, temperature: 0.8, fields: [thinking: 'Think.', answer: 'Number only.']).answer
        }
        def listing = cands.indexed().collect { idx, a -> "${idx}: ${a}" }.join('\n')
        def pick = ask("${task.question}\nCandidates:\n${listing}\nReturn the index of the best candidate.",
            fields: [index: 'An index number.'])
        def idx = pick.index.trim().isInteger() ? pick.index.trim().toInteger() : 0
        idx in 0..<cands.size() ? cands[idx] : cands[0]
    }
}
