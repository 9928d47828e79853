agent('Numeric Median Ensemble') {
    describe 'Sample five numeric answers and return the median.'
    solve { task ->
        List<String> raw = parallel(5) { i ->
            ask(task.question, temperature: 0.7,
                fields: [thinking: 'Think step by step.', answer: 'The final answer only, as a number.']).answer
        }
        List<BigDecimal> nums = raw.findAll { it?.trim()?.isNumber() }.collect { it.trim() as BigDecimal }
        if (nums.isEmpty()) {
            return majority(raw)
        }
        nums.sort()
        int mid = nums.size().intdiv(2)
        BigDecimal median = nums.size() % 2 == 1 ? nums[mid] : (nums[mid - 1] + nums[mid]) / 2
        median
    }
}
