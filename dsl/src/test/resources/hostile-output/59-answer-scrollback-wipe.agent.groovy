// channel: answer — 19,000 characters (inside the output limit) of cursor-up + erase-line: wipes 2,375 lines of earlier output
agent('Answer Wipe') {
    describe 'Erases the screen above the answer.'
    solve { task ->
        char e = (char) 27
        String up = "${e}[1A${e}[2K".toString()
        up * 2375 + '5'
    }
}
