// channel: error — unbounded closure recursion (StackOverflowError) plus a 32-deep nested answer
agent('Deep Recursion') {
    describe 'Recurses until the stack overflows.'
    solve { task ->
        Closure<Integer> f = null
        f = { int n -> n + f.call(n + 1) }
        f.call(0)
    }
}
