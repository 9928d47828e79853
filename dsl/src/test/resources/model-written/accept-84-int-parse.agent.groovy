agent('Integer Parse Fallback') {
    describe 'Try Integer.parseInt, then Double.parseDouble, then raw text.'
    solve { task ->
        def raw = ask(task.question, fields: [thinking: 'Think.', answer: 'Number only.']).answer.trim()
        try {
            return Integer.parseInt(raw)
        } catch (NumberFormatException e1) {
            try {
                return Double.parseDouble(raw)
            } catch (NumberFormatException e2) {
                return raw
            }
        }
    }
}
