agent('Self-Ask') {
    describe 'Self-ask: follow-up questions answered one by one until the model says it is ready.'
    solve { task ->
        def transcript = "Question: ${task.question}\n"
        def i = 0
        while (i < 4) {
            def step = ask(transcript + "Are follow-up questions needed here? If yes, ask one; if no, give the final answer.",
                fields: [needed: 'yes or no', followup: 'The follow-up question, or empty.', answer: 'Final number if no follow-up is needed, else empty.'])
            if (step.needed.toLowerCase().startsWith('no')) {
                return step.answer
            }
            def sub = ask(step.followup, fields: [answer: 'Short answer.'])
            transcript += "Follow up: ${step.followup}\nIntermediate answer: ${sub.answer}\n"
            i++
        }
        ask(transcript + 'So the final answer is:', fields: [answer: 'Number only.']).answer
    }
}
