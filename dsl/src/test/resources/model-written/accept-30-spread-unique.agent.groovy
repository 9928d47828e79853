agent('Unanimity Check') {
    describe 'If three samples agree, stop; otherwise escalate to five more.'
    solve { task ->
        def fields = [thinking: 'Think step by step.', answer: 'The final answer only, as a number.']
        def round1 = parallel(3) { ask(task.question, temperature: 0.7, fields: fields) }
        def distinct = round1*.answer*.trim().unique()
        if (distinct.size() == 1) {
            return distinct[0]
        }
        def round2 = parallel(5) { ask(task.question, temperature: 0.9, fields: fields) }
        majority((round1 + round2)*.answer)
    }
}
