agent('HashMap Tally') {
    describe 'Java-style tally with HashMap and entrySet iteration.'
    solve { task ->
        List<Reply> replies = parallel(5) { i -> ask(task.question, temperature: 0.8, fields: [thinking: 'Think.', answer: 'Number.']) }
        HashMap<String, Integer> counts = new HashMap<>()
        for (Reply r : replies) {
            counts.merge(r.answer.trim(), 1, Integer::sum)
        }
        String best = null
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (best == null || e.getValue() > counts.get(best)) best = e.getKey()
        }
        best
    }
}
