package com.cohortdesk.privacy.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.OutputStream;

/** The "Download personal data" link: a zip written by the privacy service when the link is clicked. */
final class Downloads {

    interface Export {
        void write(OutputStream out) throws IOException;
    }

    private Downloads() {}

    static Anchor zip(String fileName, String label, Export export) {
        DownloadHandler handler = event -> {
            event.setFileName(fileName);
            event.setContentType("application/zip");
            export.write(event.getOutputStream());
        };
        return new Anchor(handler, AttachmentType.DOWNLOAD, label);
    }
}
