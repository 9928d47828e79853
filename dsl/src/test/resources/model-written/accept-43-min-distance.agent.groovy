agent('Closest To Center') {
    describe 'Pick the sampled numeric answer closest to the median of all samples.'
    solve { task ->
        def replies = parallel(5) { i -> ask(task.question, temperature: 0.8, fields: [thinking: 'Think.', answer: 'Number.']) }
        def nums = replies.collect { it.answer.trim() }.findAll { it.isNumber() }.collect { it as double }
        if (!nums) return replies.first().answer
        def sorted = nums.sort(false)
        def median = sorted[sorted.size() / 2 as int]
        def closest = nums.min { Math.abs(it - median) }
        closest == Math.floor(closest) ? (closest as long).toString() : closest.toString()
    }
}
