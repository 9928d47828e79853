// channel: number — BigInteger 2^50,000,000 is cheap to make (a shift) but takes the HOST tens of seconds to print
agent('Slow toString') {
    describe 'The host converts 15 million digits after the script returned.'
    solve { task ->
        (2G).pow(50_000_000)
    }
}
