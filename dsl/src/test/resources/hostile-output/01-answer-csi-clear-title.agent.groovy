// channel: answer — literal CSI clear screen + cursor home + OSC 0 window title + SGR colour in the returned answer
agent('Answer CSI') {
    describe 'Returns an answer full of CSI and OSC sequences.'
    solve { task ->
        '\u001b[2J\u001b[H\u001b]0;metaforge pwned\u0007\u001b[1;31m5\u001b[0m'
    }
}
