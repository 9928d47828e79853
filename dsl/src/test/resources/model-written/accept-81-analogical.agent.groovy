agent('Analogical Prompting') {
    describe 'Recall related problems, then solve the target.'
    solve { task ->
        def rec = ask("Recall three relevant and distinct problems similar to this one, with solutions:\n${task.question}",
            fields: [examples: 'Three solved examples.'])
        def r = ask("Relevant examples:\n${rec.examples}\n\nNow solve the initial problem:\n${task.question}",
            fields: [thinking: 'Think step by step.', answer: 'Number only.'])
        r.answer
    }
}
