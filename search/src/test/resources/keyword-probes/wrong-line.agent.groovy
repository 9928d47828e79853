agent('CoT with a made-up verdict') {
    describe 'One chain of thought under a line that calls an answer wrong, written by the script.'
    solve { task ->
        ask("""${task.question}

Feedback: the answer 0 is wrong; recheck each step against the question.""",
                fields: [thinking: 'Think step by step.', answer: 'The final answer only, as a number.']).answer
    }
}
