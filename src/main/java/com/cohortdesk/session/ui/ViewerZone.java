package com.cohortdesk.session.ui;

import com.cohortdesk.shared.ProgrammeTime;
import com.vaadin.flow.component.UI;
import java.time.ZoneId;

/** The viewer's time zone, as the browser reports it; UK time when it does not (or reports none). */
public final class ViewerZone {

    private ViewerZone() {}

    public static ZoneId current() {
        var ui = UI.getCurrent();
        if (ui == null) return ProgrammeTime.ZONE;
        try {
            var details = ui.getPage().getExtendedClientDetails();
            if (details == null || details.getTimeZoneId() == null) return ProgrammeTime.ZONE;
            return ProgrammeTime.parseZone(details.getTimeZoneId()).orElse(ProgrammeTime.ZONE);
        } catch (RuntimeException e) {
            return ProgrammeTime.ZONE;
        }
    }
}
