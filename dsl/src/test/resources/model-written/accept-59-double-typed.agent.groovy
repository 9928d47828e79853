agent('Relative Agreement') {
    describe 'Two samples agree if within 1% relative difference; else a third decides.'
    solve { task ->
        def fields = [thinking: 'Think step by step.', answer: 'The final answer only, as a number.']
        List<Reply> rs = parallel(2) { i -> ask(task.question, temperature: 0.5, fields: fields) }
        String a = rs[0].answer.trim(), b = rs[1].answer.trim()
        if (a.isNumber() && b.isNumber()) {
            double x = a.toDouble()
            double y = b.toDouble()
            double rel = Math.abs(x - y) / Math.max(1.0d, Math.abs(x))
            if (rel < 0.01) return a
        }
        ask("${task.question}\nCandidates: ${a} and ${b}.", fields: fields).answer
    }
}
