package com.cohortdesk.notice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stateless unsubscribe tokens: "L42" (learner 42) or "S7" (member of staff 7), a dot, and the
 * HMAC-SHA256 of that subject under a random secret kept in the database (made once, shared by every node).
 */
@Component
class UnsubscribeTokens {

    /** Whose reminders or digests a token stops. */
    record Subject(boolean learner, long id) {
        String text() {
            return (learner ? "L" : "S") + id;
        }
    }

    private final NoticeSettings settings;
    private final TransactionTemplate ownTransaction;
    private volatile byte[] key = new byte[0];

    UnsubscribeTokens(NoticeSettings settings, PlatformTransactionManager transactions) {
        this.settings = settings;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    String token(Subject subject) {
        return subject.text() + "." + sign(subject.text());
    }

    Optional<Subject> verify(String token) {
        int dot = token.indexOf('.');
        if (dot < 2 || token.length() > 120) return Optional.empty();
        var text = token.substring(0, dot);
        var given = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(given, sign(text).getBytes(StandardCharsets.US_ASCII))) return Optional.empty();
        try {
            return Optional.of(new Subject(text.charAt(0) == 'L', Long.parseLong(text.substring(1))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private String sign(String text) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }

    private byte[] key() {
        if (key.length == 0) {
            var secret = ownTransaction.execute(status -> settings.secret());
            key = Base64.getUrlDecoder().decode(Objects.requireNonNull(secret));
        }
        return key;
    }
}
