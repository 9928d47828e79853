// asks the host for: the file system (new File)
agent('Few-Shot From File') {
    describe 'Loads few-shot examples from a file and prepends them to the prompt.'
    solve { task ->
        def examples = ''
        def f = new File('fewshot_examples.txt')
        if (f.exists()) examples = f.text
        ask("${examples}\n\nQ: ${task.question}", fields: [thinking: 'Think step by step.', answer: 'Number only.']).answer
    }
}
