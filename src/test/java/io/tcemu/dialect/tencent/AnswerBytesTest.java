package io.tcemu.dialect.tencent;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** An answer's bytes come out as they were written, whether they arrived at once or in pieces. */
class AnswerBytesTest {
    @Test
    void oneWriteAndManyWritesGiveTheSameBytes() {
        AnswerBytes once = new AnswerBytes();
        once.write("{\"Response\":{}}".getBytes(StandardCharsets.UTF_8), 0, 15);
        assertEquals("{\"Response\":{}}", once.toBody().toString());

        AnswerBytes pieces = new AnswerBytes();
        byte[] text = "xx{\"Response\":{\"TotalCount\":2}}yy".getBytes(StandardCharsets.UTF_8);
        pieces.write(text, 2, 13);
        pieces.write(text[15]);
        pieces.write(text, 16, 1);
        for (int i = 17; i < text.length - 2; i++) {
            pieces.write(text, i, 1);
        }
        assertEquals("{\"Response\":{\"TotalCount\":2}}", pieces.toBody().toString());
    }

    @Test
    void splicedBytesAreKeptAsTheyAreBetweenTheFlushes() {
        AnswerBytes answer = new AnswerBytes();
        byte[] kept = "{\"JobId\":\"sync-1\"}".getBytes(StandardCharsets.UTF_8);
        answer.write("[".getBytes(StandardCharsets.UTF_8), 0, 1);
        answer.splice(kept);
        answer.splice(new byte[0]);
        answer.write("]".getBytes(StandardCharsets.UTF_8), 0, 1);
        assertEquals("[{\"JobId\":\"sync-1\"}]", answer.toBody().toString());
        assertEquals(3, answer.toBody().chunks().length);
        assertSame(kept, answer.toBody().chunks()[1]);
    }

    @Test
    void nothingWrittenIsNoBytes() {
        assertEquals(0, new AnswerBytes().toBody().length());
    }
}
