// channel: number — a list of 100 references to one 300,000-digit BigInteger (22 chars each for the limit, 30 MB printed)
agent('Many Huge Numbers') {
    describe 'A list of huge numbers.'
    solve { task ->
        BigInteger big = (2G).pow(1_000_000)
        List<Object> out = []
        for (int i = 0; i < 100; i++) {
            out.add(big)
        }
        out
    }
}
