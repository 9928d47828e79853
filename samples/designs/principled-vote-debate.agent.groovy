agent('Principled Vote and Debate') {
    describe 'Step-back principles, five reasoned samples at temperature 1.0, one debate round, a majority vote.'
    solve { task ->
        def fields = [thinking: 'Think step by step.', answer: 'The final answer only, as a number.']
        def principles = ask("What principles are involved in solving this problem?\n${task.question}",
                fields: [thinking: 'Think step by step.', principles: 'The principles involved.']).principles
        String framed = "${task.question}\n\nPrinciples to apply: ${principles}"
        List<Reply> samples = parallel(5) { i -> ask(framed, temperature: 1.0, fields: fields) }
        String view = samples.collect { r -> "answer: ${r.answer}" }.join('\n')
        List<Reply> debated = parallel(5) { i ->
            ask("""${framed}

Answers from the debate so far:
${view}
Consider them and give your updated answer.""", temperature: 1.0, fields: fields)
        }
        majority(debated*.answer)
    }
}
