// channel: log — log lines with C1 CSI/OSC, NUL, backspace, DEL and RTL override
agent('Log C1') {
    describe 'C1 and invisible characters in log lines.'
    solve { task ->
        log(String.valueOf((char) 0x9b) + '2J' + '\u009d0;c1 log title\u009c')
        log('a' + String.valueOf((char) 0) + 'b\b\b\u007f\u202eevil')
        '5'
    }
}
