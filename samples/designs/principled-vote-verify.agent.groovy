agent('Principled Vote and Verify') {
    describe 'Step-back principles, five reasoned samples with a majority vote, then a critic and one revision.'
    solve { task ->
        def fields = [thinking: 'Think step by step.', answer: 'The final answer only, as a number.']
        def principles = ask("What principles are involved in solving this problem?\n${task.question}",
                fields: [thinking: 'Think step by step.', principles: 'The principles involved.']).principles
        String framed = "${task.question}\n\nPrinciples to apply: ${principles}"
        List<Reply> samples = parallel(5) { i -> ask(framed, role: 'Math Professor', temperature: 0.8, fields: fields) }
        String voted = majority(samples*.answer)
        Reply best = samples.find { it.answer == voted }
        def review = ask("""Question: ${task.question}
Reasoning: ${best.thinking}
Proposed answer: ${voted}
Check the reasoning and the answer carefully.""", role: 'critic',
                fields: [feedback: 'What is wrong, if anything.', correct: 'True if the answer is correct, else False.'])
        if (review.correct == 'True') {
            return voted
        }
        List<Reply> retry = parallel(5) { i ->
            ask("""${framed}

Attempt: answer ${voted}. Feedback: ${review.feedback}
Give a corrected answer.""", role: 'Math Professor', temperature: 0.8, fields: fields)
        }
        majority(retry*.answer)
    }
}
