// channel: team — team node names with escapes and newlines become the branch label in every trace line
agent('Team Node CSI') {
    describe 'Node names forge trace lines.'
    solve { task ->
        String n = '\u001b[2J\u001b]0;node title\u0007x\n1 task(s), 0 failed\n    log'
        def out = team {
            node(n) { inputs -> ask(task.question).answer }
            node('b\r\u009b2K') { inputs -> log('from b'); 'b' }
            edge(n, 'b\r\u009b2K')
        }
        out.get(n)
    }
}
