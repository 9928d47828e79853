agent('Average of Estimates') {
    describe 'For estimation tasks: average numeric samples, report as a rounded number.'
    solve { task ->
        def vals = parallel(5) { i ->
            ask(task.question, temperature: 0.7, fields: [answer: 'Number only.']).answer
        }.findAll { it.isNumber() }*.toBigDecimal()
        if (vals.size() == 0) return 'unknown'
        def avg = vals.sum() / vals.size()
        def rounded = avg.setScale(2, java.math.RoundingMode.HALF_UP)
        rounded.stripTrailingZeros().toPlainString()
    }
}
