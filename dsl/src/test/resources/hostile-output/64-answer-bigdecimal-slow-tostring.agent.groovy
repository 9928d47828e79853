// channel: number — BigDecimal with a 15-million-digit unscaled value and scale 7: cheap to build, slow for the host to print
agent('Slow BigDecimal') {
    describe 'BigDecimal toString on the host.'
    solve { task ->
        new BigDecimal((2G).pow(50_000_000), 7)
    }
}
