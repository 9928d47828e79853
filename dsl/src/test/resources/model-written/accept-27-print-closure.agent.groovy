agent('Pretty Logger') {
    describe 'A print closure that forwards to log; CoT with trace.'
    solve { task ->
        def print = { msg -> log("[agent] " + msg) }
        print "solving task ${task.id}"
        def r = ask(task.question, fields: [thinking: 'Think step by step.', answer: 'Number only.'])
        print "thinking: ${r.thinking.take(80)}"
        r.answer
    }
}
