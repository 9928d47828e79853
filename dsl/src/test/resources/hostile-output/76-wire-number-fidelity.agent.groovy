// channel: wire — values whose type or sign may silently change: -0.0d, 1e300d, 0.1f, Short, Byte, a long BigDecimal, BigInteger beyond Long
agent('Wire Number Fidelity') {
    describe 'Numbers that may not survive the trip.'
    solve { task ->
        List<Object> out = []
        out.add(-0.0d)
        out.add(1.0e300d)
        out.add(0.1f)
        out.add((short) 7)
        out.add((byte) 8)
        out.add(1.0d)
        out.add(new BigDecimal('1E+5'))
        out.add(new BigDecimal('0.100'))
        out.add(123456789012345678901234567890G)
        out.add(Long.MAX_VALUE)
        out.add(4.9E-324d)
        out
    }
}
