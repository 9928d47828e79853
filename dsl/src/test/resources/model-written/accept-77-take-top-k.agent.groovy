agent('Top-K Rerank') {
    describe 'Sample six, keep the top-3 most frequent, ask a judge among them.'
    solve { task ->
        def answers = parallel(6) { ask(task.question, temperature: 1.0, fields: [thinking: 'Think.', answer: 'Number.']).answer }
        def top = answers.countBy { it }.sort { a, b -> b.value <=> a.value }.take(3)
        if (top.size() == 1) return top.keySet()[0]
        def options = top.collect { k, v -> "${k} (${v} votes)" }.join(', ')
        ask("${task.question}\nLeading candidates: ${options}. Choose the correct one.", fields: [answer: 'Number only.']).answer
    }
}
