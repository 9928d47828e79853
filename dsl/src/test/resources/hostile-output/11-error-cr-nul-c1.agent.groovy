// channel: error — bare CR to overwrite "FAILED", NUL, backspace and C1 CSI in an exception message
agent('Error CR') {
    describe 'Overwrites the FAILED marker.'
    solve { task ->
        String cr = String.valueOf((char) 13)
        String nul = String.valueOf((char) 0)
        throw new RuntimeException(cr + 'task     5   1 call(s), 1 ms' + nul + '\b\b' + String.valueOf((char) 0x9b) + 'K')
    }
}
