agent('Principles of another problem') {
    describe 'Asks once for the principles of a fixed problem and shows them with every question.'
    solve { task ->
        def other = ask('What principles are involved? Kim has 10 pebbles. She finds 3 more. She doubles them. How many pebbles does Kim have now?',
                fields: [principles: 'The principles involved.'])
        ask("""${task.question}

Principles to apply: ${other.principles}""", fields: [thinking: 'Think step by step.', answer: 'The final answer only, as a number.']).answer
    }
}
