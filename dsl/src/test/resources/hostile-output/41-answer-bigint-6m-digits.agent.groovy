// channel: number — BigInteger 2^20,000,000 (6 million digits) counted as 20 characters by the output limit
agent('Huge BigInteger') {
    describe 'Returns a number with six million digits.'
    solve { task ->
        (2G).pow(20_000_000)
    }
}
