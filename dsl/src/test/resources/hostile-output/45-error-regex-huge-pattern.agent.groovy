// channel: error — PatternSyntaxException for a 5-million-character pattern: the message embeds the pattern and a caret line
agent('Huge Pattern Error') {
    describe 'A bad regular expression that is 5 MB long.'
    solve { task ->
        String p = 'a' * 5_000_000 + ')'
        java.util.regex.Pattern.compile(p).toString()
    }
}
