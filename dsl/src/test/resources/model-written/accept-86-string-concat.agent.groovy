agent('Prompt Builder') {
    describe 'Build a prompt with string concatenation and += in a loop.'
    solve { task ->
        def rules = ['Read the problem twice.', 'Write each quantity with its unit.', 'Check the arithmetic.']
        def prompt = 'Follow these rules:\n'
        rules.eachWithIndex { rule, i -> prompt += "${i + 1}. ${rule}\n" }
        prompt += '\nProblem: ' + task.question
        ask(prompt, fields: [thinking: 'Think step by step.', answer: 'Number only.']).answer
    }
}
