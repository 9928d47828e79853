// channel: error — ask(model:) with an escape-laden model name; "unknown model" echoes it
agent('Model Name Echo') {
    describe 'Unknown model names are echoed.'
    solve { task ->
        ask(task.question, model: '\u001b[2J\u001b]0;model title\u0007\r\nmodel: gpt-5 (real)').answer
    }
}
