// channel: field — 5000 distinct 64-character field names in one ask; the reply map is printed whole in the trace
agent('Many Fields') {
    describe 'A reply with thousands of fields.'
    solve { task ->
        Map<String, String> fields = [:]
        for (int i = 0; i < 5000; i++) {
            String name = 'f' + String.valueOf(i).padLeft(63, '0')
            fields.put(name, 'd')
        }
        fields.put('answer', 'The answer.')
        def r = ask(task.question, fields: fields)
        r.answer
    }
}
