// channel: answer — 8-bit C1 controls: CSI (U+009B) clear, OSC (U+009D) title ended by ST (U+009C), NEL, DCS
agent('Answer C1') {
    describe 'C1 control characters in the answer.'
    solve { task ->
        String csi = String.valueOf((char) 0x9b)
        csi + '2J' + csi + 'H' + '\u009d0;c1 title\u009c' + '\u0085' + '\u0090qpayload\u009c' + '5'
    }
}
