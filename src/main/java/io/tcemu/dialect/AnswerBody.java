package io.tcemu.dialect;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * An answer's bytes as a sequence of arrays, handed to the network as they are: a page's views are
 * kept serialised, and joining them into one array copied a page twice more before the socket's own
 * copy. No array in it is written to again.
 */
public final class AnswerBody {
    private final byte[][] chunks;
    private final int length;

    private AnswerBody(byte[][] chunks, int length) {
        this.chunks = chunks;
        this.length = length;
    }

    public static AnswerBody of(byte[] bytes) {
        return new AnswerBody(new byte[][] {bytes}, bytes.length);
    }

    public static AnswerBody utf8(String text) {
        return of(text.getBytes(StandardCharsets.UTF_8));
    }

    /** @param chunks arrays nobody writes to any more, in order */
    public static AnswerBody of(List<byte[]> chunks) {
        int length = 0;
        for (byte[] chunk : chunks) {
            length += chunk.length;
        }
        return new AnswerBody(chunks.toArray(byte[][]::new), length);
    }

    public int length() {
        return length;
    }

    /** The arrays in order, for a writer that takes them without joining (Netty's wrapped buffers). */
    public byte[][] chunks() {
        return chunks.clone();
    }

    /** The bytes in one array: the single chunk itself when there is one. */
    public byte[] bytes() {
        if (chunks.length == 1) {
            return chunks[0];
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] chunk : chunks) {
            System.arraycopy(chunk, 0, all, at, chunk.length);
            at += chunk.length;
        }
        return all;
    }

    @Override
    public String toString() {
        return new String(bytes(), StandardCharsets.UTF_8);
    }
}
