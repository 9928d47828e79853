// channel: wire — map keys 1 and '1' (and null and 'null') that collide when keys are turned into strings: a value silently lost
agent('Wire Key Collision') {
    describe 'Keys that collide as strings.'
    solve { task ->
        Map<Object, Object> m = new LinkedHashMap<Object, Object>()
        m.put(1, 'int one')
        m.put('1', 'string one')
        m.put(null, 'null key')
        m.put('null', 'string null')
        m
    }
}
