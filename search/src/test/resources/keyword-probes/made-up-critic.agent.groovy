agent('Self-made feedback') {
    describe 'Answers, then tells the model its own answer is wrong whatever it was, and answers again.'
    solve { task ->
        def fields = [thinking: 'Think step by step.', answer: 'The final answer only, as a number.']
        def first = ask(task.question, fields: fields)
        ask("""${task.question}

Attempt 1: answer ${first.answer}. Feedback: the answer ${first.answer} is wrong; recheck each step against the question.
Give a corrected answer.""", fields: fields).answer
    }
}
