agent('Forward-Backward Check') {
    describe 'Solve forward, then check by substituting the answer back (backward reasoning).'
    solve { task ->
        def fwd = ask(task.question, fields: [thinking: 'Think step by step.', answer: 'Number only.'])
        def back = ask("""Suppose the answer to the problem below is ${fwd.answer}.
Substitute it back and check every condition in the problem.
Problem: ${task.question}""", fields: [consistent: 'YES or NO', corrected: 'If NO, the corrected answer; else repeat it.'])
        back.consistent.toUpperCase().startsWith('YES') ? fwd.answer : back.corrected
    }
}
