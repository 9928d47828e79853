agent('Curried Asker') {
    describe 'A curried ask helper with fixed fields.'
    solve { task ->
        def askWith = { Map fields, String role, String prompt -> ask(prompt, role: role, fields: fields) }
        def solver = askWith.curry([thinking: 'Think step by step.', answer: 'Number only.'])
        def r1 = solver('tutor', task.question)
        def r2 = solver('examiner', task.question)
        r1.answer == r2.answer ? r1.answer : solver('referee', "${task.question}\nTutor: ${r1.answer}, examiner: ${r2.answer}. Decide.").answer
    }
}
