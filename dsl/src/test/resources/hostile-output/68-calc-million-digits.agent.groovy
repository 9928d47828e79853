// channel: calc — calc('((10^1000)^1000)^5') is 1E+5000000; calc's whole-number rescaling expands it to a 5,000,001-digit value the host then prints
agent('Calc Million Digits') {
    describe 'calc turns a short expression into millions of digits.'
    solve { task ->
        calc('((10^1000)^1000)^5')
    }
}
