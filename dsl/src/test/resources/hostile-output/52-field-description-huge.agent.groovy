// channel: field — a 50,000,000-character field description sent to the model (and over the wire with --isolate process)
agent('Huge Field Description') {
    describe 'A field description of 50 MB.'
    solve { task ->
        ask(task.question, fields: [answer: 'd' * 50_000_000]).answer
    }
}
