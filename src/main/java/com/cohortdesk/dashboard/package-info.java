/**
 * The landing pages' read side: what needs the programme office's attention today, the programme's charts and
 * faculty's week. Every figure comes from aggregate SQL (one query per panel, package-private query classes),
 * never from entities loaded to be counted. Other features add lines to "Needs attention" by declaring a
 * {@link com.cohortdesk.dashboard.NeedsAttentionSource} bean.
 */
@NullMarked
package com.cohortdesk.dashboard;

import org.jspecify.annotations.NullMarked;
