// channel: role — 100 asks sharing one 10,000,000-character role: cheap for the script, but 1 GB of trace for the host to print or serialise as JSON
agent('Role Trace Bomb') {
    describe 'The trace holds 100 references to one 10 MB role.'
    solve { task ->
        String role = 'R' * 10_000_000
        for (int i = 0; i < 100; i++) {
            ask(task.question, role: role)
        }
        '5'
    }
}
