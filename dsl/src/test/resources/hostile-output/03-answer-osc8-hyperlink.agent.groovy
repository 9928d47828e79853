// channel: answer — OSC 8 hyperlink that shows "5" but links to an attacker URL, ST terminator ESC backslash
agent('Answer OSC8') {
    describe 'Hides a link behind the answer text.'
    solve { task ->
        char e = (char) 27
        String st = "${e}\\"
        "${e}]8;;https://evil.example/phish${st}5${e}]8;;${st}".toString()
    }
}
