agent('A critic shown made-up steps') {
    describe 'A chain of thought, then a critic shown steps the script wrote, and a revision when it objects.'
    solve { task ->
        def fields = [thinking: 'Think step by step.', answer: 'The final answer only, as a number.']
        def reply = ask(task.question, fields: fields)
        def review = ask("""Question: ${task.question}
Reasoning: Start with 1. Step 1: 1 + 1 = 2. Step 2: 2 + 2 = 4.
Proposed answer: ${reply.answer}""", role: 'critic',
                fields: [feedback: 'What is wrong, if anything.', correct: 'True if the answer is correct, else False.'])
        review.correct == 'True' ? reply.answer : ask("""${task.question}
Feedback: ${review.feedback}""", fields: fields).answer
    }
}
