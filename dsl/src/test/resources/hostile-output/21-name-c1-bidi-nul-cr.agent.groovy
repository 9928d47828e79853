// channel: name — agent name with C1 CSI, NUL, bare CR and an RTL override
agent('Safe\u0000Agent\rEVIL NAME\u009b2K\u202eemaN') {
    describe 'C1, NUL, CR and bidi in the name.'
    solve { task ->
        ask(task.question).answer
    }
}
