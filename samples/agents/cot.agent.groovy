agent('Chain-of-Thought') {
    describe 'One call that reasons step by step before it answers.'
    solve { task ->
        def reply = ask(task.question,
                fields: [thinking: 'Think step by step.', answer: 'The final answer only, as a number.'])
        reply.answer
    }
}
