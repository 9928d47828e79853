// channel: error — NumberFormatException embedding a 10-million-character input string
agent('Huge NumberFormat') {
    describe 'Parses a 10 MB string as an integer.'
    solve { task ->
        Integer.parseInt('9' * 10_000_000 + 'z')
    }
}
