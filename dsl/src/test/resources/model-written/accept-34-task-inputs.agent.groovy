agent('Input-Aware Solver') {
    describe 'Uses optional task inputs (hint, units) when present.'
    solve { task ->
        def hint = task.inputs?.get('hint')
        def units = task.inputs?.units ?: 'none'
        def prompt = task.question
        if (hint) prompt += "\nHint: ${hint}"
        if (units != 'none') prompt += "\nExpress the answer in ${units}."
        ask(prompt, fields: [thinking: 'Think step by step.', answer: 'Number only.']).answer
    }
}
