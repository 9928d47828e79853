agent('Self-Refine') {
    describe 'A chain-of-thought answer, then up to five rounds of critic feedback and revision.'
    solve { task ->
        def fields = [thinking: 'Think step by step.', answer: 'The final answer only, as a number.']
        def reply = ask(task.question, fields: fields)
        List<String> history = []
        for (int round = 1; round <= 5; round++) {
            def review = ask("""Question: ${task.question}
Reasoning: ${reply.thinking}
Proposed answer: ${reply.answer}
Check the reasoning and the answer carefully.""",
                    role: 'critic',
                    fields: [feedback: 'What is wrong, if anything.', correct: 'True if the answer is correct, else False.'])
            if (review.correct == 'True') {
                break
            }
            history << "Attempt ${round}: answer ${reply.answer}. Feedback: ${review.feedback}".toString()
            reply = ask("""${task.question}

Previous attempts and feedback:
${history.join('\n')}
Give a corrected answer.""", fields: fields)
        }
        reply.answer
    }
}
