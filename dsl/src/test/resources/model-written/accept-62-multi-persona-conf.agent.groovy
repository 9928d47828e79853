agent('Persona Confidence Max') {
    describe 'Each persona answers with a confidence; the most confident answer wins.'
    solve { task ->
        def personas = ['mathematician', 'physicist', 'teacher', 'bookkeeper']
        def rs = parallel(personas) { p ->
            def r = ask(task.question, role: p, fields: [thinking: 'Think.', answer: 'Number.', confidence: '0.0 to 1.0'])
            [persona: p, answer: r.answer, conf: r.confidence.isNumber() ? r.confidence as BigDecimal : 0.5]
        }
        def best = rs.max { it.conf }
        log "most confident: ${best.persona} (${best.conf})"
        best.answer
    }
}
