// asks the host for: reflection (x.getClass())
agent('Type-Aware Normaliser') {
    describe 'Checks the runtime type of the calc result before formatting it.'
    solve { task ->
        def e = ask("Arithmetic expression for: ${task.question}", fields: [expr: 'Expression only.']).expr
        def v = calc(e)
        log "result type: ${v.getClass().simpleName}"
        v.getClass() == BigDecimal ? v.stripTrailingZeros().toPlainString() : v.toString()
    }
}
