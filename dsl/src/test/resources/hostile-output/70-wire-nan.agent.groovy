// channel: wire — returns Double.NaN (not representable in JSON)
agent('Wire NaN') {
    describe 'NaN answer.'
    solve { task ->
        Double.NaN
    }
}
