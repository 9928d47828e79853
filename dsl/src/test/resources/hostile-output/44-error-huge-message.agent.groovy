// channel: error — an exception whose message is 20 million characters
agent('Huge Error') {
    describe 'Throws a 20 MB message.'
    solve { task ->
        throw new IllegalStateException('x' * 20_000_000)
    }
}
