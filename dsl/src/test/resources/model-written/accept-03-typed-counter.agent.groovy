agent('Typed Vote Counter') {
    describe 'Self-consistency with a typed Map<String,Integer> tally.'
    solve { task ->
        List<Reply> replies = parallel(5) { int i ->
            ask(task.question, temperature: 0.7, fields: [thinking: 'Reason step by step.', answer: 'Only the number.'])
        }
        Map<String, Integer> counts = [:]
        for (Reply r : replies) {
            String key = r.answer.trim()
            counts[key] = counts.getOrDefault(key, 0) + 1
        }
        String winner = null
        int bestCount = 0
        counts.each { String k, Integer v ->
            if (v > bestCount) { bestCount = v; winner = k }
        }
        log "winner ${winner} with ${bestCount}/${replies.size()} votes"
        winner
    }
}
