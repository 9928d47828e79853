// channel: role — a 2,000,000-character role on 10 asks; the text trace prints the role unabridged
agent('Huge Role') {
    describe 'A role of megabytes.'
    solve { task ->
        String role = 'r' * 2_000_000
        String last = ''
        for (int i = 0; i < 10; i++) {
            last = ask(task.question, role: role).answer
        }
        last
    }
}
