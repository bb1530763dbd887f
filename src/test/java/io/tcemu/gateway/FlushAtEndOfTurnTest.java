package io.tcemu.gateway;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.tcemu.Emulator;
import io.tcemu.EmulatorConfig;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FlushAtEndOfTurnTest {

    private static ByteBuf text(String s) {
        return Unpooled.copiedBuffer(s, StandardCharsets.UTF_8);
    }

    private static String written(EmbeddedChannel channel) {
        ByteBuf out = channel.readOutbound();
        if (out == null) {
            return null;
        }
        try {
            return out.toString(StandardCharsets.UTF_8);
        } finally {
            out.release();
        }
    }

    /**
     * A channel through the handler with one answer written and flushed in the current turn. Through
     * the pipeline, as Vert.x writes: the embedded channel's own methods, and its socket operations,
     * run the loop's tasks after each call, ending the turn.
     */
    private static EmbeddedChannel answerWrittenAndFlushed() {
        EmbeddedChannel channel = new EmbeddedChannel(new FlushAtEndOfTurn());
        channel.pipeline().write(text("answer"));
        channel.pipeline().flush();
        return channel;
    }

    @Test
    void aFlushWaitsForTheEndOfTheTurn() {
        EmbeddedChannel channel = answerWrittenAndFlushed();
        assertNull(written(channel), "nothing reaches the socket during the turn");

        channel.runPendingTasks();
        assertEquals("answer", written(channel));
        channel.finishAndReleaseAll();
    }

    @Test
    void closingBeforeTheTurnEndsStillSendsWhatWasWritten() {
        EmbeddedChannel channel = answerWrittenAndFlushed();
        channel.pipeline().close();
        assertEquals("answer", written(channel));
        channel.finishAndReleaseAll();
    }

    @Test
    void pipelinedRequestsEndingWithConnectionCloseGetEveryAnswerBeforeTheConnectionCloses() throws Exception {
        try (Emulator emulator = Emulator.start(EmulatorConfig.ephemeral());
             Socket socket = new Socket(emulator.host(), emulator.httpPort())) {
            socket.setSoTimeout(10_000);
            String health = "GET /_tcemu/health HTTP/1.1\r\nHost: " + emulator.host() + "\r\n";
            OutputStream out = socket.getOutputStream();
            out.write((health + "\r\n" + health + "\r\n" + health + "Connection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();

            InputStream in = socket.getInputStream();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            in.transferTo(received); // to the end of the stream: the server closed the connection
            String answers = received.toString(StandardCharsets.UTF_8);
            assertEquals(3, answers.split("HTTP/1.1 200 OK", -1).length - 1, answers);
            assertEquals(3, answers.split("\"status\":\"ok\"", -1).length - 1, answers);
            assertTrue(answers.endsWith("}"), "the last answer arrived whole: " + answers);
        }
    }
}
