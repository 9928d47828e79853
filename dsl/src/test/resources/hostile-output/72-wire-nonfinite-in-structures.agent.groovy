// channel: wire — -Infinity, NaN and +Infinity inside a map and a nested list
agent('Wire Nonfinite Structures') {
    describe 'Non-finite numbers inside structures.'
    solve { task ->
        Map<String, Object> m = [:]
        m.put('neg', Double.NEGATIVE_INFINITY)
        m.put('list', [Double.NaN, Double.POSITIVE_INFINITY, [Double.NEGATIVE_INFINITY]])
        m
    }
}
