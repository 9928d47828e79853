agent('Integer Vote') {
    describe 'Parse answers as Integer and vote on the integer values.'
    solve { task ->
        def replies = parallel(5) { i ->
            ask(task.question, temperature: 0.8, fields: [thinking: 'Think.', answer: 'An integer only.'])
        }
        def ints = []
        replies.each { r ->
            try {
                ints << (r.answer.trim() as Integer)
            } catch (NumberFormatException e) {
                log "skip non-integer ${r.answer}"
            }
        }
        if (!ints) return replies[0].answer
        def counts = ints.countBy { it }
        counts.max { it.value }.key
    }
}
