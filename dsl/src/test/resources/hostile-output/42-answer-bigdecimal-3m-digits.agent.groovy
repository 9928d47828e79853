// channel: number — BigDecimal 10G ** 3,000,000 with scale 0 (prints 3 million digits)
agent('Huge BigDecimal') {
    describe 'Returns a BigDecimal with three million digits.'
    solve { task ->
        10G ** 3_000_000
    }
}
