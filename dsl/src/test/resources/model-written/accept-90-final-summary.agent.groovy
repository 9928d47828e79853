agent('Vote with Provenance') {
    describe 'Self-consistency returning the answer, with a log of per-answer provenance.'
    solve { task ->
        def fields = [thinking: 'Think step by step.', answer: 'Number only.']
        def rs = parallel(5) { int i -> [idx: i, reply: ask(task.question, temperature: 0.8, fields: fields)] }
        def byAnswer = rs.groupBy { it.reply.answer.trim() }
        byAnswer.each { ans, list ->
            log "answer ${ans}: samples ${list*.idx}"
        }
        def winner = byAnswer.max { it.value.size() }
        def ratio = winner.value.size() / rs.size()
        log "agreement ${String.format('%.0f', ratio * 100)}%"
        winner.key
    }
}
