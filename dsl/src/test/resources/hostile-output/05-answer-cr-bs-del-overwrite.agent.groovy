// channel: answer — bare CR, backspaces and DEL so the printed line shows a different answer than the stored one
agent('Answer CR') {
    describe 'Bare carriage return overwrites the start of the line.'
    solve { task ->
        String cr = String.valueOf((char) 13)
        '666 (the real answer)' + cr + '5' + '\b\b\b\b' + '\u007f' + '5   1 call(s), 1 ms   right'
    }
}
