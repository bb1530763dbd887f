package io.tcemu.dialect.tencent;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects an answer's bytes as the JSON generator flushes them, each flush copied once at its exact
 * size. An answer that fits the generator's buffer (a point read's, a few kilobytes) arrives in one
 * flush and is that one array; Jackson's ByteArrayBuilder grew a chain of blocks for it and then
 * copied them into a new array, a third of what a point read allocated.
 */
final class AnswerBytes extends OutputStream {
    private final List<byte[]> flushes = new ArrayList<>(2);
    private int length;

    @Override
    public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
        if (len > 0) {
            byte[] flush = new byte[len];
            System.arraycopy(b, off, flush, 0, len);
            flushes.add(flush);
            length += len;
        }
    }

    byte[] toByteArray() {
        if (flushes.size() == 1) {
            return flushes.get(0);
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] flush : flushes) {
            System.arraycopy(flush, 0, all, at, flush.length);
            at += flush.length;
        }
        return all;
    }
}
