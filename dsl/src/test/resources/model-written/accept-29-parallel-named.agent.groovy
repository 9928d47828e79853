agent('Fan-out Helper') {
    describe 'A local fanOut closure that wraps parallel with a prompt template.'
    solve { task ->
        def fanOut = { int n, String prompt -> parallel(n) { i -> ask(prompt, temperature: 0.8, fields: [answer: 'Number only.']).answer } }
        def first = fanOut(3, task.question)
        if (first.unique(false).size() == 1) return first[0]
        def second = fanOut(4, "Carefully re-read and solve: ${task.question}")
        majority(first + second)
    }
}
