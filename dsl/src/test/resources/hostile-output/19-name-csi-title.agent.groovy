// channel: name — agent name with OSC title, CSI clear screen and SGR colour, printed in run and check headers
agent('\u001b]0;pwned by agent name\u0007\u001b[2J\u001b[H\u001b[1;32mChain-of-Thought\u001b[0m') {
    describe 'An agent name that is an escape sequence.'
    solve { task ->
        ask(task.question).answer
    }
}
