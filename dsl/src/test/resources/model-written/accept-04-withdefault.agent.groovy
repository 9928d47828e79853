agent('Vote WithDefault') {
    describe 'Tally with withDefault and pick the most common numeric answer.'
    solve { task ->
        def answers = parallel(5) { i ->
            ask("Solve: ${task.question}\nAnswer with a number.", temperature: 0.8).answer
        }
        def tally = [:].withDefault { 0 }
        answers.each { tally[it.trim()] += 1 }
        def sorted = tally.sort { a, b -> b.value <=> a.value }
        sorted.keySet().first()
    }
}
