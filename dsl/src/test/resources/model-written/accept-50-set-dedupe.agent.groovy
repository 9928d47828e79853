agent('Distinct Answer Set') {
    describe 'Collect distinct answers as a Set; if one, return it, else ask a judge.'
    solve { task ->
        def answers = parallel(4) { i -> ask(task.question, temperature: 0.8, fields: [answer: 'Number only.']).answer.trim() }
        Set<String> distinct = answers as Set
        if (distinct.size() == 1) return distinct.first()
        def j = ask("Question: ${task.question}\nThe candidate answers are: ${distinct.join(', ')}\nWhich one is right?",
            role: 'judge', fields: [thinking: 'Check each.', answer: 'Number only.'])
        j.answer
    }
}
