// channel: wire — a 1,000,000-digit BigInteger crosses the wire; the host's JSON parser converts it with a quadratic algorithm
agent('Wire Huge BigInteger') {
    describe 'The host parses a million-digit number.'
    solve { task ->
        (2G).pow(3_321_929)
    }
}
