agent('Self-Refine While') {
    describe 'Answer, critique, revise, with a while loop capped at three rounds.'
    solve { task ->
        def fields = [thinking: 'Think step by step.', answer: 'The final answer only, as a number.']
        def current = ask(task.question, fields: fields)
        int rounds = 0
        boolean done = false
        while (!done && rounds < 3) {
            def critique = ask("Problem: ${task.question}\nProposed solution: ${current.thinking}\nAnswer: ${current.answer}\nIs this correct?",
                role: 'strict math teacher',
                fields: [verdict: 'CORRECT or INCORRECT', feedback: 'Explain any mistake.'])
            if (critique.verdict.toUpperCase().contains('INCORRECT')) {
                current = ask("${task.question}\n\nYour previous answer ${current.answer} was judged wrong: ${critique.feedback}\nTry again.", fields: fields)
            } else {
                done = true
            }
            rounds++
        }
        current.answer
    }
}
