agent('Progressive Hint') {
    describe 'Progressive-hint prompting: feed previous answers as hints until two consecutive match.'
    solve { task ->
        def fields = [thinking: 'Think step by step.', answer: 'Number only.']
        def prev = ask(task.question, fields: fields).answer
        def hints = [prev]
        for (k in 1..3) {
            def cur = ask("${task.question} (Hint: the answer is near ${hints.join(', ')})", fields: fields).answer
            if (cur == prev) return cur
            hints += cur
            prev = cur
        }
        prev
    }
}
