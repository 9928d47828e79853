agent('CoT Self-Consistency') {
    describe 'Five chains of thought at temperature 0.8; the majority answer wins.'
    solve { task ->
        def replies = parallel(5) { i ->
            ask(task.question, temperature: 0.8,
                    fields: [thinking: 'Think step by step.', answer: 'The final answer only, as a number.'])
        }
        majority(replies*.answer)
    }
}
