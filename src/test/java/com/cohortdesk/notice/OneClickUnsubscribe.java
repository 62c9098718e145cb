package com.cohortdesk.notice;

import org.springframework.context.ApplicationContext;

/**
 * For tests outside the notice package: a learner's signed unsubscribe token, and the one-click unsubscribe
 * it triggers (what {@code POST /notices/unsubscribe/{token}} does).
 */
public final class OneClickUnsubscribe {

    private OneClickUnsubscribe() {}

    public static String learnerToken(ApplicationContext context, long learnerId) {
        return context.getBean(UnsubscribeTokens.class).token(new UnsubscribeTokens.Subject(true, learnerId));
    }

    public static boolean unsubscribe(ApplicationContext context, String token) {
        return context.getBean(Unsubscriber.class).unsubscribe(token);
    }
}
