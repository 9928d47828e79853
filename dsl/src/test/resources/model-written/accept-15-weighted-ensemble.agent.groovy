agent('Weighted Role Ensemble') {
    describe 'Several roles answer; votes are weighted by role reliability.'
    solve { task ->
        def weights = ['Math Professor': 3, 'Accountant': 2, 'Student': 1]
        def roles = weights.keySet() as List
        def replies = parallel(roles) { role ->
            ask(task.question, role: role, temperature: 0.5,
                fields: [thinking: 'Think step by step.', answer: 'The final answer only, as a number.'])
        }
        def score = [:]
        replies.eachWithIndex { r, i ->
            def key = r.answer.trim()
            score[key] = (score[key] ?: 0) + weights[roles[i]]
        }
        score.max { it.value }.key
    }
}
