agent('Mixture of Prompts') {
    describe 'Different prompt framings in parallel, majority of answers.'
    solve { task ->
        def templates = [
            "Solve step by step: %s",
            "Translate to equations, then solve: %s",
            "Explain to a child and compute: %s",
        ]
        def answers = parallel(templates) { String tpl ->
            ask(String.format(tpl, task.question), fields: [thinking: 'Think.', answer: 'Number only.']).answer
        }
        majority(answers)
    }
}
