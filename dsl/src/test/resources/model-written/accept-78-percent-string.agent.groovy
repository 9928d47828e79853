agent('Answer Cleaner') {
    describe 'Strip percent signs and words after CoT; keep negatives and decimals.'
    solve { task ->
        def res = ask(task.question, fields: [thinking: 'Think step by step.', answer: 'Final answer.']).answer
        def cleaned = res.replaceAll('%', '').replaceAll(',', '').replaceAll(/(?i)dollars?|apples?|cents?/, '').trim()
        def number = cleaned.split(/\s+/).find { it.isNumber() }
        number ?: cleaned
    }
}
