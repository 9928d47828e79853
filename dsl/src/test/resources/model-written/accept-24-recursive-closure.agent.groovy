agent('Recursive Decomposer') {
    describe 'A local closure recursively splits problems until they are simple enough.'
    solve { task ->
        def fields = [thinking: 'Think step by step.', answer: 'The final answer only, as a number.']
        def solveRec
        solveRec = { String q, int depth ->
            if (depth >= 2) {
                return ask(q, fields: fields).answer
            }
            def j = ask("Is this problem simple enough to solve in one step?\n${q}", fields: [simple: 'yes or no', sub: 'If no, a simpler sub-problem to solve first.'])
            if (j.simple.toLowerCase().contains('yes')) {
                return ask(q, fields: fields).answer
            }
            def subAnswer = solveRec(j.sub, depth + 1)
            ask("${q}\nA helpful intermediate result: ${j.sub} = ${subAnswer}", fields: fields).answer
        }
        solveRec(task.question, 0)
    }
}
