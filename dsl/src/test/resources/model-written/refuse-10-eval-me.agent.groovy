// asks the host for: dynamic code evaluation (Eval.me)
agent('Eval Program of Thought') {
    describe 'Model writes a Groovy expression; evaluate it directly.'
    solve { task ->
        def r = ask("Write a Groovy arithmetic expression for the answer:\n${task.question}", fields: [expr: 'Expression only.'])
        try {
            return Eval.me(r.expr)
        } catch (Exception e) {
            return ask(task.question, fields: [answer: 'Number only.']).answer
        }
    }
}
