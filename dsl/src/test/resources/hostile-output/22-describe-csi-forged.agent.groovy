// channel: describe — description with CSI clear, OSC title, bare CR and forged lines
agent('Describe Attack') {
    describe '\u001b[2J\u001b[H\u001b]0;describe title\u0007harmless\nmodel: gpt-4o (real), seed 42\r\u001b[Ktask     5   1 call(s), 1 ms'
    solve { task ->
        ask(task.question).answer
    }
}
