// channel: error — reads a missing reply field whose name is an escape sequence; the engine echoes the name
agent('Error Reply Field') {
    describe 'Engine error messages echo script-chosen names.'
    solve { task ->
        def reply = ask(task.question)
        reply.get('\u001b[2J\u001b]0;field title\u0007\nforged line')
    }
}
