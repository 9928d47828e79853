agent('Step Checker') {
    describe 'Verify each reasoning step line by line; redo if a step is flagged.'
    solve { task ->
        def fields = [steps: 'One calculation per line.', answer: 'Number only.']
        def r = ask(task.question, fields: fields)
        def flagged = []
        r.steps.eachLine { line ->
            if (line.contains('=')) {
                def parts = line.split('=')
                def lhs = parts[0].replaceAll(/[^0-9+\-*\/(). ]/, '').trim()
                def rhs = parts[-1].replaceAll(/[^0-9.\-]/, '')
                if (lhs && rhs.isNumber()) {
                    try {
                        if (calc(lhs) != rhs.toBigDecimal()) flagged << line
                    } catch (ignored) { }
                }
            }
        }
        if (flagged) {
            log "flagged steps: ${flagged}"
            r = ask("${task.question}\nThese steps had arithmetic errors:\n${flagged.join('\n')}\nRedo the solution.", fields: fields)
        }
        r.answer
    }
}
