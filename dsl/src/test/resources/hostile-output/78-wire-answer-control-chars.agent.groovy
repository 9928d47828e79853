// channel: wire — every C0 control, DEL, C1 range and U+2028/9 in one answer, to compare in-process and worker output
agent('Wire All Controls') {
    describe 'All control characters.'
    solve { task ->
        StringBuilder sb = new StringBuilder()
        for (int c = 0; c < 0x20; c++) { sb.append((char) c) }
        for (int c = 0x7f; c < 0xa0; c++) { sb.append((char) c) }
        sb.append('\u2028\u2029')
        sb.toString()
    }
}
