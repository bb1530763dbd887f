package io.tcemu.journal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A journal entry as the in-process ring keeps it: its number and one array. A full ring holds its
 * 10,000 latest calls through several young collections, and as objects (a dozen per call: texts,
 * their arrays, the time, the lists) copying them was most of each collection under a steady read.
 * Read back only when someone asks the journal.
 */
record PackedEntry(long sequence, byte[] bytes) {

    /** The entry packed, not yet numbered. */
    static PackedEntry pack(JournalEntry e) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(buffer)) {
            out.writeLong(e.time().getEpochSecond());
            out.writeInt(e.time().getNano());
            writeText(out, e.dialect());
            writeText(out, e.product());
            writeText(out, e.version());
            writeText(out, e.action());
            writeText(out, e.region());
            writeText(out, e.account());
            writeText(out, e.code());
            writeText(out, e.requestId());
            writeText(out, e.answer());
            out.writeLong(e.latencyMs());
            writeBytes(out, e.paramsBytes());
            writeTexts(out, e.resourceIds());
            writeTexts(out, e.faults());
        } catch (IOException impossible) {
            throw new UncheckedIOException("writing to memory", impossible);
        }
        return new PackedEntry(0, buffer.toByteArray());
    }

    PackedEntry numbered(long sequence) {
        return new PackedEntry(sequence, bytes);
    }

    JournalEntry unpack() {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            Instant time = Instant.ofEpochSecond(in.readLong(), in.readInt());
            String dialect = readText(in);
            String product = readText(in);
            String version = readText(in);
            String action = readText(in);
            String region = readText(in);
            String account = readText(in);
            String code = readText(in);
            String requestId = readText(in);
            String answer = readText(in);
            long latencyMs = in.readLong();
            byte[] params = readBytes(in);
            return JournalEntry.ofParamsBytes(sequence, time, dialect, product, version, action, region, account,
                    params, code, latencyMs, requestId, answer, readTexts(in), readTexts(in));
        } catch (IOException e) {
            throw new UncheckedIOException("the journal packed this entry itself", e);
        }
    }

    private static void writeText(DataOutputStream out, String text) throws IOException {
        writeBytes(out, text == null ? null : text.getBytes(StandardCharsets.UTF_8));
    }

    private static String readText(DataInputStream in) throws IOException {
        byte[] utf8 = readBytes(in);
        return utf8 == null ? null : new String(utf8, StandardCharsets.UTF_8);
    }

    private static void writeBytes(DataOutputStream out, byte[] bytes) throws IOException {
        out.writeInt(bytes == null ? -1 : bytes.length);
        if (bytes != null) {
            out.write(bytes);
        }
    }

    private static byte[] readBytes(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return bytes;
    }

    private static void writeTexts(DataOutputStream out, List<String> texts) throws IOException {
        out.writeInt(texts.size());
        for (String text : texts) {
            writeText(out, text);
        }
    }

    private static List<String> readTexts(DataInputStream in) throws IOException {
        int count = in.readInt();
        List<String> texts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            texts.add(readText(in));
        }
        return texts;
    }
}
