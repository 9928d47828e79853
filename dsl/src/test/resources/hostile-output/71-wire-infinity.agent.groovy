// channel: wire — returns 1.0d / 0.0d (positive infinity)
agent('Wire Infinity') {
    describe 'Infinite answer.'
    solve { task ->
        double zero = 0.0d
        1.0d / zero
    }
}
