agent('Pairwise Comparator') {
    describe 'Sort candidate solutions using an LLM pairwise comparator.'
    solve { task ->
        def cands = parallel(3) { i -> ask(task.question, temperature: 0.9, fields: [thinking: 'Think.', answer: 'Number.']) }
        def better = { a, b ->
            def v = ask("Q: ${task.question}\nSolution 1: ${a.thinking} -> ${a.answer}\nSolution 2: ${b.thinking} -> ${b.answer}\nWhich is better, 1 or 2?",
                fields: [choice: '1 or 2']).choice.trim()
            v.startsWith('1') ? -1 : 1
        }
        def ranked = cands.sort(false, better)
        ranked.first().answer
    }
}
