agent('LLM Debate') {
    describe 'Three debaters with different roles argue for two rounds; a final call decides at temperature 0.1.'
    solve { task ->
        def roles = ['Math Professor', 'Grade School Teacher', 'Careful Accountant']
        def fields = [thinking: 'Think step by step.', answer: 'The final answer only, as a number.']
        List<Reply> answers = parallel(roles) { role ->
            ask(task.question, role: role, temperature: 0.8, fields: fields)
        }
        for (int round = 2; round <= 2; round++) {
            String view = (0..<roles.size()).collect { i -> "${roles[i]} answer: ${answers[i].answer}" }.join('\n')
            answers = parallel(roles) { role ->
                ask("""${task.question}

Answers from the debate so far:
${view}
Consider them and give your updated answer.""", role: role, temperature: 0.8, fields: fields)
            }
        }
        String view = (0..<roles.size()).collect { i -> "${roles[i]} answer: ${answers[i].answer}" }.join('\n')
        ask("""${task.question}

Final answers of the debaters:
${view}
Weigh them and give the final answer.""", role: 'final decision maker', temperature: 0.1, fields: fields).answer
    }
}
