// channel: error — 256 parallel branches each throwing a 1 MB message (one propagates), and a bad key list
agent('Branch Huge Errors') {
    describe 'Huge messages from many branches.'
    solve { task ->
        String m = 'E' * 1_000_000
        parallel(256) { i ->
            throw new IllegalStateException(m + i)
        }
        '5'
    }
}
