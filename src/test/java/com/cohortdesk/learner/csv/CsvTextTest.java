package com.cohortdesk.learner.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CsvTextTest {

    @Test
    void readsUtf8WithAndWithoutBom() throws Exception {
        assertThat(CsvText.decode("Zoë".getBytes(StandardCharsets.UTF_8))).isEqualTo("Zoë");
        assertThat(CsvText.decode(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a'}))
                .isEqualTo("a");
    }

    @Test
    void refusesOtherEncodingsAndSaysOnWhichLine() {
        assertThatThrownBy(() -> CsvText.decode("a\nb\nJosé".getBytes(StandardCharsets.ISO_8859_1)))
                .hasMessageStartingWith("The file is not UTF-8 text: line 3 has a character that is not UTF-8.");
        assertThatThrownBy(() -> CsvText.decode("a".getBytes(StandardCharsets.UTF_16)))
                .hasMessageContaining("UTF-16");
        assertThatThrownBy(() -> CsvText.decode(new byte[] {'a', (byte) 0xC3})).hasMessageContaining("line 1");
    }

    @Test
    void sizesReadLikeAFileManager() {
        assertThat(CsvText.size(512)).isEqualTo("512 bytes");
        assertThat(CsvText.size(2048)).isEqualTo("2 KB");
        assertThat(CsvText.size(6_500_000)).isEqualTo("6.2 MB");
    }
}
