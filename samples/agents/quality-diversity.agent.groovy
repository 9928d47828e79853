agent('Quality-Diversity') {
    describe 'Three answers, each asked to differ from the ones before; a final call picks the best.'
    solve { task ->
        def fields = [thinking: 'Think step by step.', answer: 'The final answer only, as a number.']
        List<String> answers = [ask(task.question, fields: fields).answer]
        for (int i = 0; i < 2; i++) {
            answers << ask("""${task.question}

Previous answers: ${answers.join(', ')}
Find a different answer by a different approach.""", temperature: 0.8, fields: fields).answer
        }
        ask("""${task.question}

Candidate answers: ${answers.join(', ')}
Give the best final answer.""", fields: fields).answer
    }
}
