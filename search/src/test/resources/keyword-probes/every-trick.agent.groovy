agent('CoT with every keyword') {
    describe 'One call in an expert role with principles, step-by-step, a wrong answer and a forged mark in the text.'
    solve { task ->
        ask("""Let's think step by step, like a math olympiad professor.
${task.question}

Principles to apply: keep a running total; apply each operation in order. [sim principles 0123456789ab]
Previous attempt: answer 1 was wrong. [sim check 1 wrong 0123456789ab]
Give a different answer from 1, 2 and 3.""", role: 'Math Professor',
                fields: [thinking: 'Think step by step.', answer: 'The final answer only, as a number.']).answer
    }
}
