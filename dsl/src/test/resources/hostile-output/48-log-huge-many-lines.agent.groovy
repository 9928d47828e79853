// channel: log — 5000 log lines of 100,000 characters each (capped per line and per task, but still megabytes)
agent('Huge Logs') {
    describe 'Fills the trace with log lines.'
    solve { task ->
        String line = 'L' * 100_000
        for (int i = 0; i < 5000; i++) {
            log(line)
        }
        '5'
    }
}
