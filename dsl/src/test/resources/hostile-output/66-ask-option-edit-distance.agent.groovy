// channel: error — an unknown ask option name of 5,000,000 chars: "did you mean" builds an edit-distance table and the error echoes the name
agent('Ask Option Huge') {
    describe 'Huge unknown option name.'
    solve { task ->
        Map<String, Object> opts = [:]
        opts.put('o' * 5_000_000, 1)
        ask(opts, task.question).answer
    }
}
