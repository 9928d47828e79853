agent('Problem-Type Router') {
    describe 'Classify the problem type and route to a specialised prompt.'
    solve { task ->
        def kind = ask("Classify this problem as one of: rate, percent, fraction, money, other.\n${task.question}",
            fields: [type: 'One word.']).type.trim().toLowerCase()
        String hint
        switch (kind) {
            case 'rate':
                hint = 'Use distance = speed x time, or work = rate x time.'
                break
            case 'percent':
                hint = 'Convert percentages to decimals before multiplying.'
                break
            case 'fraction':
                hint = 'Find a common denominator.'
                break
            case 'money':
                hint = 'Track cents carefully.'
                break
            default:
                hint = 'Write down every quantity first.'
        }
        log "type=${kind}"
        ask("${task.question}\n\nHint: ${hint}", fields: [thinking: 'Think step by step.', answer: 'Number only.']).answer
    }
}
