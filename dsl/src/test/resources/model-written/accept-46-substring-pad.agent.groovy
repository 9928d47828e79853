agent('Trace-Friendly CoT') {
    describe 'CoT with neatly padded trace lines and truncated reasoning.'
    solve { task ->
        def r = ask(task.question, fields: [thinking: 'Think step by step.', answer: 'Number only.'])
        def lines = r.thinking.readLines()
        lines.eachWithIndex { String line, int i ->
            log "${(i + 1).toString().padLeft(3)} | ${line.length() > 60 ? line.substring(0, 60) + '...' : line}"
        }
        r.answer.trim()
    }
}
