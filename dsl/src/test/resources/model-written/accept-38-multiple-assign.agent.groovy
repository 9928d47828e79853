agent('Dual Temperature') {
    describe 'One cold and one hot sample; tie-break with a third.'
    solve { task ->
        def fields = [thinking: 'Think step by step.', answer: 'The final answer only, as a number.']
        def (cold, hot) = parallel([0.0, 1.0]) { t -> ask(task.question, temperature: t, fields: fields) }
        if (cold.answer == hot.answer) {
            return cold.answer
        }
        def tieBreak = ask("""${task.question}
Two attempts disagree: ${cold.answer} vs ${hot.answer}.
Decide which is right, or compute the correct one.""", fields: fields)
        tieBreak.answer
    }
}
