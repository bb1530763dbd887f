package io.tcemu.dialect.tencent;

import java.io.OutputStream;
import java.util.Arrays;

/**
 * Collects an answer's bytes as the JSON generator flushes them. An answer that fits the
 * generator's buffer (a point read's, a few kilobytes) arrives in one write and is copied once, into
 * an array of its exact size; Jackson's ByteArrayBuilder grew a chain of blocks for it and then
 * copied them into that array, a third of what a point read allocated.
 */
final class AnswerBytes extends OutputStream {
    private byte[] bytes = new byte[0];
    private int length;

    @Override
    public void write(int b) {
        room(1);
        bytes[length++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) {
        if (length == 0 && bytes.length == 0) {
            bytes = Arrays.copyOfRange(b, off, off + len);
            length = len;
            return;
        }
        room(len);
        System.arraycopy(b, off, bytes, length, len);
        length += len;
    }

    byte[] toByteArray() {
        return length == bytes.length ? bytes : Arrays.copyOf(bytes, length);
    }

    private void room(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(length + more, 2 * bytes.length));
        }
    }
}
