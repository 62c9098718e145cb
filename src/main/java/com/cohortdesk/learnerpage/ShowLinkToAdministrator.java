package com.cohortdesk.learnerpage;

import org.springframework.stereotype.Component;

/**
 * Until the notices outbox exists: sends nothing, and gives the address back so that the page shows it to
 * the administrator once (as a calendar feed's address is shown at issue), to pass on to the learner.
 */
@Component
class ShowLinkToAdministrator implements PersonalLinkMailer {

    @Override
    public Delivery send(long learnerId, String url) {
        return new Delivery(learnerId, false, "Email is not sent yet: copy the address and pass it on to the learner.", url);
    }
}
