agent('GroupBy Consensus') {
    describe 'Group replies by normalised answer and pick the largest group.'
    solve { task ->
        def replies = parallel(5) { i ->
            ask(task.question, temperature: 0.9, fields: [thinking: 'Think step by step.', answer: 'Number only.'])
        }
        def groups = replies.groupBy { it.answer.replaceAll(/[^0-9.\-]/, '') }
        def biggest = groups.max { it.value.size() }
        log "groups: ${groups.collectEntries { k, v -> [k, v.size()] }}"
        biggest.key
    }
}
