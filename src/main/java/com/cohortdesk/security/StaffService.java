package com.cohortdesk.security;

import org.springframework.security.access.annotation.Secured;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff accounts. Administrators manage them; faculty may only read names of colleagues. */
@Service
public class StaffService {

    /** Shortest password the app accepts (NIST SP 800-63B style: length over composition rules). */
    public static final int MIN_PASSWORD_LENGTH = 12;
    public static final int MAX_PASSWORD_LENGTH = 128;

    private final StaffUserRepository users;
    private final PasswordEncoder passwordEncoder;

    StaffService(StaffUserRepository users, PasswordEncoder passwordEncoder) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
    }

    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional(readOnly = true)
    public List<StaffSummary> listStaff() {
        return users.findAllByOrderByDisplayName().stream().map(StaffSummary::of).toList();
    }

    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional(readOnly = true)
    public long countStaff() {
        return users.count();
    }

    /** Display names of the given staff ids, for showing who teaches what. */
    @Secured({Role.ADMIN_AUTHORITY, Role.FACULTY_AUTHORITY})
    @Transactional(readOnly = true)
    public Map<Long, String> displayNames(Collection<Long> ids) {
        if (ids.isEmpty()) return Map.of();
        return users.findByIdIn(ids).stream().collect(Collectors.toMap(StaffUser::getId, StaffUser::getDisplayName));
    }

    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional
    public StaffSummary create(NewStaffUser request) {
        var problem = passwordProblem(request.password());
        if (problem != null) throw new IllegalArgumentException(problem);
        if (users.findByUsername(request.username()).isPresent()) {
            throw new IllegalArgumentException("The username " + request.username() + " is taken.");
        }
        var user = new StaffUser(request.username(), request.displayName(), request.email(),
                passwordEncoder.encode(request.password()), request.roles());
        return StaffSummary.of(users.save(user));
    }

    /** Why a password is not acceptable, or null when it is. */
    public static String passwordProblem(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            return "A password needs at least " + MIN_PASSWORD_LENGTH + " characters.";
        }
        if (password.length() > MAX_PASSWORD_LENGTH) {
            return "A password may have at most " + MAX_PASSWORD_LENGTH + " characters.";
        }
        return null;
    }
}
