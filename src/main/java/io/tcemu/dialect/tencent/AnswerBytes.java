package io.tcemu.dialect.tencent;

import io.tcemu.api.KeptView;
import io.tcemu.dialect.AnswerBody;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects an answer's bytes as the JSON generator flushes them, each flush copied once at its exact
 * size, and a kept view's bytes as they are. Jackson's ByteArrayBuilder grew a chain of blocks and
 * then copied them into a new array, a third of what a point read allocated; and a page's views,
 * copied through the generator's buffer, into each flush and then into one array, were a fifth of a
 * page's work.
 */
final class AnswerBytes extends OutputStream implements KeptView.Splicing {
    private final List<byte[]> flushes = new ArrayList<>(2);

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
        }
    }

    @Override
    public void splice(byte[] kept) {
        if (kept.length > 0) {
            flushes.add(kept);
        }
    }

    AnswerBody toBody() {
        return AnswerBody.of(flushes);
    }
}
