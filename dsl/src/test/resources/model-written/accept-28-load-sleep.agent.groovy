agent('Load and Sleep Names') {
    describe 'Closures named load and sleep: load builds the prompt, sleep is a cooldown retry.'
    solve { task ->
        def load = { -> "Problem:\n${task.question}\nGive the answer as a number." }
        def sleep = { int n -> n > 0 ? "(retry ${n})" : '' }
        def answer = null
        int tries = 0
        while (answer == null && tries < 3) {
            def text = ask(load() + sleep(tries)).answer
            if (text?.trim()?.isNumber()) answer = text.trim()
            tries++
        }
        answer ?: 'no answer'
    }
}
