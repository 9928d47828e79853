// channel: wire — 999 log lines of 2000 characters plus 50 asks of 2 MB prompts: a very long result line from the worker
agent('Wire Big Trace') {
    describe 'A big trace crossing the wire.'
    solve { task ->
        String line = 'T' * 2000
        for (int i = 0; i < 999; i++) { log(line) }
        String p = task.question + ' ' + ('p' * 2_000_000)
        for (int i = 0; i < 50; i++) { ask(p) }
        '5'
    }
}
