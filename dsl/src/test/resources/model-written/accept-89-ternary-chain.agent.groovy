agent('Difficulty-Adaptive') {
    describe 'Estimate difficulty; easy -> 1 call, medium -> 3 votes, hard -> 5 votes with critique.'
    solve { task ->
        def d = ask("Rate the difficulty of this problem 1-5:\n${task.question}", fields: [difficulty: 'Integer 1-5.']).difficulty
        int level = d.isInteger() ? d as Integer : 3
        int n = level <= 2 ? 1 : level <= 4 ? 3 : 5
        def fields = [thinking: 'Think step by step.', answer: 'Number only.']
        if (n == 1) return ask(task.question, fields: fields).answer
        def votes = parallel(n) { ask(task.question, temperature: 0.8, fields: fields) }
        majority(votes.collect { it.answer })
    }
}
