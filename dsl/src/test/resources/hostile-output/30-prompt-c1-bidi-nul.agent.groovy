// channel: prompt — prompt with C1 CSI, NUL, DEL, backspace and bidi override (not whitespace, so not flattened)
agent('Prompt C1') {
    describe 'C1 and invisible characters in the prompt.'
    solve { task ->
        String c1 = String.valueOf((char) 0x9b)
        ask(c1 + '2J' + String.valueOf((char) 0) + '\b\b\u007f\u202e' + task.question).answer
    }
}
