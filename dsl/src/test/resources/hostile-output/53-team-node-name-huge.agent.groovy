// channel: team — a 1,000,000-character node name; it becomes the branch label printed on every trace line of the node
agent('Huge Node Name') {
    describe 'A node name of a megabyte.'
    solve { task ->
        String n = 'n' * 1_000_000
        def out = team {
            node(n) { inputs ->
                for (int i = 0; i < 5; i++) {
                    log('line ' + i)
                }
                ask(task.question).answer
            }
        }
        '5'
    }
}
