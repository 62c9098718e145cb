package com.cohortdesk.learner.ui;

import com.cohortdesk.learner.csv.CappedRead;
import com.cohortdesk.learner.csv.ImportLimits;
import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;

/**
 * Receives an import file with a hard server-side cap ({@code cohortdesk.import.max-file-size}): a body that
 * announces more is refused before a byte is read, and one that turns out longer is refused at the first byte
 * past the cap without reading or buffering the rest (the container then closes the connection). The browser's
 * own size check is only a convenience; this one holds for any client.
 */
final class CsvUploadHandler implements UploadHandler {

    private final long maxBytes;
    private final SerializableBiConsumer<String, byte[]> onFile;
    private final SerializableConsumer<String> onTooLarge;

    CsvUploadHandler(
            ImportLimits limits,
            SerializableBiConsumer<String, byte[]> onFile,
            SerializableConsumer<String> onTooLarge) {
        this.maxBytes = limits.maxBytes();
        this.onFile = onFile;
        this.onTooLarge = onTooLarge;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        var fileName = event.getFileName();
        var ui = event.getUI();
        if (event.getFileSize() > maxBytes) {
            refuse(event, fileName);
            return;
        }
        byte[] bytes;
        try (var in = event.getInputStream()) {
            var read = CappedRead.read(in, maxBytes);
            if (read.isEmpty()) {
                refuse(event, fileName);
                return;
            }
            bytes = read.get();
        }
        ui.access(() -> onFile.accept(fileName, bytes));
    }

    private void refuse(UploadEvent event, String fileName) {
        event.reject("The file is larger than " + maxBytes / (1024 * 1024) + " MB.");
        event.getUI().access(() -> onTooLarge.accept(fileName));
    }

    /** Vaadin refuses multipart requests over these limits before this handler runs. */
    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    @Override
    public long getRequestSizeMax() {
        return maxBytes + 64 * 1024; // the file plus the multipart headers
    }

    @Override
    public long getFileCountMax() {
        return 1;
    }
}
