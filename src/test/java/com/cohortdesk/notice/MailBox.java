package com.cohortdesk.notice;

import com.icegreen.greenmail.base.GreenMailOperations;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Reads what GreenMail received: messages to one address, and their text, HTML and calendar parts. */
final class MailBox {

    private MailBox() {}

    static List<MimeMessage> to(GreenMailOperations mail, String address) {
        return Arrays.stream(mail.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getAllRecipients())
                                .anyMatch(r -> r.toString().toLowerCase().contains(address.toLowerCase()));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    static List<MimeMessage> to(GreenMailOperations mail, String address, String subjectStart) {
        return to(mail, address).stream()
                .filter(m -> subject(m).startsWith(subjectStart))
                .toList();
    }

    static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static @Nullable String header(MimeMessage m, String name) {
        try {
            return m.getHeader(name, null);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first part of the given MIME type (e.g. "text/plain", "text/html", "text/calendar"), decoded. */
    static @Nullable String part(MimeMessage m, String type) {
        try {
            return find(m, type);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static @Nullable String find(Part part, String type) throws Exception {
        if (part.isMimeType("multipart/*")) {
            var multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                var found = find(child, type);
                if (found != null) return found;
            }
            return null;
        }
        if (!part.isMimeType(type)) return null;
        var content = part.getContent();
        if (content instanceof String s) return s;
        try (InputStream in = part.getInputStream();
                var out = new ByteArrayOutputStream()) {
            in.transferTo(out);
            return out.toString(StandardCharsets.UTF_8);
        }
    }
}
