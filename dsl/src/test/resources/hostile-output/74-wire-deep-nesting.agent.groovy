// channel: wire — a string nested in 32 lists (the deepest answer allowed) crossing the worker wire
agent('Wire Deep Nesting') {
    describe 'Nesting at the limit.'
    solve { task ->
        List<Object> deep = ['core']
        for (int i = 0; i < 31; i++) {
            List<Object> outer = []
            outer.add(deep)
            deep = outer
        }
        deep
    }
}
