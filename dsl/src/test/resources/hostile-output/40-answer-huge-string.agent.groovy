// channel: answer — a 20-million-character answer string
agent('Huge Answer') {
    describe 'Returns 20 MB of text.'
    solve { task ->
        'x' * 20_000_000
    }
}
