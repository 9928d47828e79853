agent('CoT with Debug Print') {
    describe 'Chain of thought that prints its reasoning for debugging.'
    solve { task ->
        def r = ask(task.question, fields: [thinking: 'Think step by step.', answer: 'Number only.'])
        println "Reasoning: ${r.thinking}"
        r.answer
    }
}
