// channel: prompt — ask prompt text with CSI/OSC sequences (the trace only flattens whitespace)
agent('Prompt CSI') {
    describe 'Escape sequences in the prompt.'
    solve { task ->
        ask('\u001b[2J\u001b[H\u001b]0;prompt title\u0007\u001b]52;c;cm0gLXJmIH4=\u0007 ' + task.question).answer
    }
}
