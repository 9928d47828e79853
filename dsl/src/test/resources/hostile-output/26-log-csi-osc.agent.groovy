// channel: log — log lines with CSI clear, OSC title and OSC 52, seen by --trace
agent('Log CSI') {
    describe 'Escape sequences in log lines.'
    solve { task ->
        char e = (char) 27
        log('\u001b[2J\u001b[H\u001b]0;log title\u0007')
        log("${e}]52;c;cm0gLXJmIH4=${(char) 7}".toString())
        log(e.toString() + '[1A' + e.toString() + '[2K')
        ask(task.question).answer
    }
}
