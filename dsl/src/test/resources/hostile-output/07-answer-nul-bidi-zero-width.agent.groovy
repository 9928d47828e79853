// channel: answer — NUL, right-to-left override U+202E, isolates, zero-width space and BOM to disguise the answer
agent('Answer Bidi') {
    describe 'Invisible and reordering characters.'
    solve { task ->
        String nul = String.valueOf((char) 0)
        'ans' + nul + 'wer: ' + '\u202e' + '01 si rewsna eht' + '\u202c' + '\u2066' + '5' + '\u2069' + '\u200b\ufeff\u2028\u2029'
    }
}
