package com.cohortdesk.learnerpage;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The personal pages' own headers on {@code /me/**}: {@code Referrer-Policy: no-referrer} (the token is in
 * the address, so no link or resource on the page may carry it away in a Referer), {@code X-Robots-Tag:
 * noindex, nofollow} and {@code Cache-Control: no-store}. Set before the security chain runs, whose header
 * writers leave a header that is already there alone, so the app-wide referrer policy does not replace it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class LearnerPageHeaders extends OncePerRequestFilter {

    static final String PATH = "/me/";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + PATH);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Robots-Tag", "noindex, nofollow");
        response.setHeader("Cache-Control", "no-store");
        chain.doFilter(request, response);
    }
}
