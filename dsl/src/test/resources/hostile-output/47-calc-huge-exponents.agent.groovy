// channel: calc — calc chains of maximal exponents (1E+1000000000) and a huge-scale result, returned as numbers
agent('Calc Huge') {
    describe 'Pushes calc to its extremes.'
    solve { task ->
        def big = calc('((10^1000)^1000)^1000')
        def tiny = calc('((0.1^1000)^1000)^1000')
        def nines = calc('(9^1000)^1000')
        [big, tiny, nines, calc('1/3'), calc('999999999999999999999999999999999999999999^1000')]
    }
}
