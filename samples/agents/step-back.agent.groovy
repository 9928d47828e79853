agent('Step-back Abstraction') {
    describe 'First name the principles involved, then solve with them in view.'
    solve { task ->
        def abstraction = ask("What principles and concepts are involved in solving this problem?\n${task.question}",
                fields: [thinking: 'Think step by step.', principles: 'The principles involved.'])
        ask("""${task.question}

Principles to apply: ${abstraction.principles}""",
                fields: [thinking: 'Think step by step.', answer: 'The final answer only, as a number.']).answer
    }
}
