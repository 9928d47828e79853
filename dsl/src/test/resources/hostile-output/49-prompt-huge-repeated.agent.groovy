// channel: prompt — 50 asks with the same 1,000,000-character prompt (whole prompt kept in the trace, --json --trace prints all)
agent('Huge Prompt') {
    describe 'Big prompts in the trace.'
    solve { task ->
        String p = task.question + ' ' + ('y' * 1_000_000)
        String last = ''
        for (int i = 0; i < 50; i++) {
            last = ask(p).answer
        }
        last
    }
}
