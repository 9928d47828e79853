// channel: answer — escape sequences and newlines hidden in map keys, map values and nested list items of the answer
agent('Answer Structured Escapes') {
    describe 'Escapes inside a structured answer.'
    solve { task ->
        String e = String.valueOf((char) 27)
        Map<String, Object> out = [:]
        out.put(e + '[2J' + e + ']0;key title' + String.valueOf((char) 7), 'v')
        out.put('nested', [e + '[31mred', '\r\nforged line: score 100%', [String.valueOf((char) 0x9b) + '2J']])
        out
    }
}
