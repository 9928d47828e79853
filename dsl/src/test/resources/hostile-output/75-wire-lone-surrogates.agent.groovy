// channel: wire — strings with lone and reversed surrogates in the answer and in map keys
agent('Wire Surrogates') {
    describe 'Unpaired UTF-16 surrogates.'
    solve { task ->
        String hi = String.valueOf((char) 0xD800)
        String lo = String.valueOf((char) 0xDFFF)
        Map<String, Object> m = [:]
        m.put('k' + hi, 'v' + lo + hi + '5')
        m.put('pair', lo + hi)
        m
    }
}
