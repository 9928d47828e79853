agent('Confidence-Weighted Voting') {
    describe 'Each sample reports a confidence 0-100; sum confidences per answer.'
    solve { task ->
        def replies = parallel(5) { i ->
            ask(task.question, temperature: 0.8, fields: [
                thinking  : 'Think step by step.',
                answer    : 'The final answer only, as a number.',
                confidence: 'Your confidence from 0 to 100, integer only.'
            ])
        }
        def totals = [:]
        for (r in replies) {
            def c = r.confidence.isInteger() ? r.confidence.toInteger() : 50
            totals[r.answer] = (totals[r.answer] ?: 0) + c
        }
        log "confidence totals: ${totals}"
        totals.max { it.value }?.key
    }
}
