package com.cohortdesk.learner.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CappedReadTest {

    private static final long CAP = 5L * 1024 * 1024;

    /** 200 MB of CSV-looking bytes, made on the fly; counts every byte anyone reads. */
    private static final class Endless extends InputStream {
        private final long size;
        long served;

        Endless(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            if (served >= size) return -1;
            served++;
            return 'a';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (served >= size) return -1;
            int n = (int) Math.min(len, size - served);
            Arrays.fill(b, off, off + n, (byte) 'a');
            served += n;
            return n;
        }
    }

    @Test
    void aTwoHundredMegabyteStreamIsRefusedAfterReadingOneBytePastTheCap() throws IOException {
        var body = new Endless(200L * 1024 * 1024);
        var memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();

        var result = CappedRead.read(body, CAP);

        long after = memory.getHeapMemoryUsage().getUsed();
        assertThat(result).isEmpty();
        assertThat(body.served).as("bytes read from the 200 MB body").isEqualTo(CAP + 1);
        // The buffer holds at most the cap (and its growth copies); 200 MB would show.
        assertThat(after - before).as("heap growth while refusing").isLessThan(64L * 1024 * 1024);
    }

    @Test
    void aFileOfExactlyTheCapIsReadWhole() throws IOException {
        var body = new Endless(CAP);
        assertThat(CappedRead.read(body, CAP))
                .hasValueSatisfying(bytes -> assertThat(bytes).hasSize((int) CAP));
        assertThat(body.served).isEqualTo(CAP);
    }

    @Test
    void smallAndEmptyFilesAreReadWhole() throws IOException {
        assertThat(CappedRead.read(new ByteArrayInputStream("name\n".getBytes()), CAP))
                .hasValue("name\n".getBytes());
        assertThat(CappedRead.read(new ByteArrayInputStream(new byte[0]), CAP)).hasValue(new byte[0]);
        assertThat(CappedRead.read(new ByteArrayInputStream(new byte[11]), 10)).isEmpty();
    }
}
