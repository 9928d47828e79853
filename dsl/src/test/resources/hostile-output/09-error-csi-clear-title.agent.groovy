// channel: error — exception message with CSI clear screen, OSC title and SGR hidden text
agent('Error CSI') {
    describe 'Throws an exception whose message is an escape sequence.'
    solve { task ->
        throw new IllegalStateException('\u001b[2J\u001b[H\u001b]0;error title\u0007\u001b[8mhidden\u001b[0m')
    }
}
