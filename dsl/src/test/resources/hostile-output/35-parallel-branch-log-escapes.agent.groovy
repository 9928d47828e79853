// channel: log — log lines from many parallel branches, each with a cursor-up + erase-line sequence to delete earlier output
agent('Branch Log Erase') {
    describe 'Each branch erases a line above.'
    solve { task ->
        char e = (char) 27
        parallel(20) { i ->
            log("${e}[1A${e}[2K${e}[1A${e}[2K".toString())
            i
        }
        '5'
    }
}
