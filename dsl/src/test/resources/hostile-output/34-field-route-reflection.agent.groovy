// channel: field — a routing field ("expert") whose description carries escapes; sim reflects it into the reply and answer
agent('Field Reflection') {
    describe 'The model echoes attacker text from a field description.'
    solve { task ->
        String e = String.valueOf((char) 27)
        def r = ask(task.question, fields: [expert: e + '[2J' + e + ']0;reflected' + String.valueOf((char) 7) + ' math\r' + e + '[1A'])
        r.expert
    }
}
