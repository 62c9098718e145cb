package com.cohortdesk.security;

import com.cohortdesk.shared.RuleViolation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff accounts. Administrators create and edit them, disable and re-enable them, reset passwords
 * (a one-time password the user must change), unlock them and end their sessions; every member of
 * staff changes their own password; faculty may only read names of colleagues.
 */
@Service
public class StaffService {

    /** Shortest password the app accepts (NIST SP 800-63B style: length over composition rules). */
    public static final int MIN_PASSWORD_LENGTH = PasswordPolicy.MIN_LENGTH;

    public static final int MAX_PASSWORD_LENGTH = PasswordPolicy.MAX_LENGTH;

    private final StaffUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final StaffSessions sessions;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final Duration oneTimePasswordValidity;
    /** Contributed by the programme feature; looked up when used (it builds on this service). */
    private final ObjectProvider<TeachingAssignments> teaching;

    StaffService(
            StaffUserRepository users,
            PasswordEncoder passwordEncoder,
            StaffSessions sessions,
            CurrentUser currentUser,
            Clock clock,
            @Value("${cohortdesk.login.one-time-password-validity:72h}") Duration oneTimePasswordValidity,
            ObjectProvider<TeachingAssignments> teaching) {
        this.teaching = teaching;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.sessions = sessions;
        this.currentUser = currentUser;
        this.clock = clock;
        this.oneTimePasswordValidity = oneTimePasswordValidity;
    }

    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional(readOnly = true)
    public List<StaffSummary> listStaff() {
        return users.findAllByOrderByDisplayName().stream().map(this::summary).toList();
    }

    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional(readOnly = true)
    public StaffSummary get(long id) {
        return summary(find(id));
    }

    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional(readOnly = true)
    public long countStaff() {
        return users.count();
    }

    /** Display names of the given staff ids, for showing who teaches what (a learner's own page names their sessions' hosts). */
    @Secured({Role.ADMIN_AUTHORITY, Role.FACULTY_AUTHORITY, LearnerLinkPrincipal.AUTHORITY})
    @Transactional(readOnly = true)
    public Map<Long, String> displayNames(Collection<Long> ids) {
        if (ids.isEmpty()) return Map.of();
        return users.findByIdIn(ids).stream().collect(Collectors.toMap(StaffUser::getId, StaffUser::getDisplayName));
    }

    /** Creates an account with a password chosen by the caller (first administrator, demo data). */
    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional
    public StaffSummary create(NewStaffUser request) {
        var problem = PasswordPolicy.problem(request.password(), request.username());
        if (problem != null) throw new RuleViolation(problem);
        var draft = new StaffDraft(request.username(), request.displayName(), request.email(), request.roles());
        checkDraft(draft, null);
        var user = new StaffUser(
                draft.username(),
                draft.displayName(),
                draft.email(),
                passwordEncoder.encode(request.password()),
                draft.roles());
        return summary(users.save(user));
    }

    /**
     * Creates an account with a one-time password, shown once; the user chooses their own at first sign-in.
     * The password works for one sign-in within {@code cohortdesk.login.one-time-password-validity} (72 hours).
     */
    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional
    public IssuedPassword invite(StaffDraft draft) {
        checkDraft(draft, null);
        var password = OneTimePasswords.generate();
        var user = new StaffUser(
                draft.username(), draft.displayName(), draft.email(), passwordEncoder.encode(password), draft.roles());
        user.setOneTimePassword(user.getPasswordHash(), oneTimePasswordExpiry());
        return new IssuedPassword(summary(users.save(user)), password);
    }

    /**
     * Creates an account with a one-time password, as {@link #invite(StaffDraft)}, and makes it teach the given modules,
     * in one transaction: when the modules cannot be assigned, no account is left behind.
     */
    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional
    public IssuedPassword invite(StaffDraft draft, Set<String> moduleCodes) {
        var issued = invite(draft);
        if (!moduleCodes.isEmpty())
            teaching.getObject().setModulesOf(issued.account().id(), moduleCodes);
        return issued;
    }

    /** Saves name, email and roles as edited on the given version; refuses it when someone else saved in between. */
    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional
    public StaffSummary update(long id, long version, StaffDraft draft) {
        var user = findVersion(id, version);
        var edited = new StaffDraft(user.getUsername(), draft.displayName(), draft.email(), draft.roles());
        checkDraft(edited, id);
        if (isMe(user) && !edited.roles().contains(Role.ADMIN)) {
            throw new RuleViolation("You cannot remove your own administrator role.");
        }
        boolean rolesChanged = !user.getRoles().equals(edited.roles());
        user.edit(edited.displayName(), edited.email(), edited.roles());
        var saved = users.saveAndFlush(user);
        if (rolesChanged && !isMe(user)) sessions.end(user); // new roles apply from the next sign-in
        return summary(saved);
    }

    /** Disables (ending the account's sessions) or re-enables an account. */
    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional
    public StaffSummary setEnabled(long id, long version, boolean enabled) {
        var user = findVersion(id, version);
        if (!enabled && isMe(user)) throw new RuleViolation("You cannot disable your own account.");
        user.setEnabled(enabled);
        var saved = users.saveAndFlush(user);
        if (!enabled) sessions.end(user);
        return summary(saved);
    }

    /** A new one-time password, valid like an invitation's (the old one stops working, sessions end, a lock is lifted). */
    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional
    public IssuedPassword resetPassword(long id) {
        var user = find(id);
        if (isMe(user)) throw new RuleViolation("Change your own password with \"Change password\" instead.");
        var password = OneTimePasswords.generate();
        user.setOneTimePassword(passwordEncoder.encode(password), oneTimePasswordExpiry());
        user.unlock();
        var saved = users.saveAndFlush(user);
        sessions.end(user);
        return new IssuedPassword(summary(saved), password);
    }

    /** Lifts a sign-in lock before it runs out. */
    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional
    public StaffSummary unlock(long id) {
        var user = find(id);
        user.unlock();
        return summary(users.saveAndFlush(user));
    }

    /** Ends every session of the account (its next request goes to the login page); returns how many. */
    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional
    public int endSessions(long id) {
        return sessions.end(find(id));
    }

    @Secured(Role.ADMIN_AUTHORITY)
    public int activeSessions(long id) {
        return sessions.count(get(id).username());
    }

    /**
     * The signed-in user's own password; the current one must be given. Clears a one-time password flag and
     * ends the user's other sessions (this one stays signed in); returns how many other sessions ended.
     */
    @Secured({Role.ADMIN_AUTHORITY, Role.FACULTY_AUTHORITY})
    @Transactional
    public int changeOwnPassword(String currentPassword, String newPassword) {
        var user = find(currentUser.require().getStaffId());
        if (!passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
            throw new RuleViolation("The current password is not right.");
        }
        var problem = PasswordPolicy.problem(newPassword, user.getUsername());
        if (problem != null) throw new RuleViolation(problem);
        if (newPassword.equals(currentPassword))
            throw new RuleViolation("Choose a password different from the current one.");
        user.setOwnPassword(passwordEncoder.encode(newPassword));
        users.saveAndFlush(user);
        return sessions.endOthers(user, StaffSessions.currentSessionId());
    }

    /** Whether the signed-in user still has to replace a one-time password. */
    @Secured({Role.ADMIN_AUTHORITY, Role.FACULTY_AUTHORITY})
    @Transactional(readOnly = true)
    public boolean passwordChangeRequired() {
        return find(currentUser.require().getStaffId()).isPasswordChangeRequired();
    }

    /** Whether the signed-in member of staff chose the dark colour scheme. */
    @Secured({Role.ADMIN_AUTHORITY, Role.FACULTY_AUTHORITY})
    @Transactional(readOnly = true)
    public boolean darkMode() {
        return find(currentUser.require().getStaffId()).isDarkMode();
    }

    /** Keeps the signed-in member of staff's choice of colour scheme; the change reaches the audit trail as any account change. */
    @Secured({Role.ADMIN_AUTHORITY, Role.FACULTY_AUTHORITY})
    @Transactional
    public void setDarkMode(boolean dark) {
        find(currentUser.require().getStaffId()).setDarkMode(dark);
    }

    /** Why a password is not acceptable, or null when it is (see {@link PasswordPolicy}). */
    public static @Nullable String passwordProblem(String password) {
        return PasswordPolicy.problem(password);
    }

    private void checkDraft(StaffDraft draft, @Nullable Long id) {
        var problems = draft.problems();
        users.findByUsername(draft.username())
                .filter(u -> !u.getId().equals(id))
                .ifPresent(u -> problems.add("The username " + draft.username() + " is taken."));
        users.findByEmailIgnoreCase(draft.email())
                .filter(u -> !u.getId().equals(id))
                .ifPresent(u -> problems.add("Another account uses " + draft.email() + "."));
        if (!problems.isEmpty()) throw new RuleViolation(String.join(" ", problems));
    }

    private boolean isMe(StaffUser user) {
        return currentUser.get().map(p -> p.getStaffId() == user.getId()).orElse(false);
    }

    private Instant oneTimePasswordExpiry() {
        return clock.instant().plus(oneTimePasswordValidity);
    }

    private StaffSummary summary(StaffUser user) {
        return StaffSummary.of(user, clock.instant());
    }

    private StaffUser find(long id) {
        return users.findById(id).orElseThrow(() -> new RuleViolation("There is no staff account with id " + id + "."));
    }

    private StaffUser findVersion(long id, long version) {
        var user = find(id);
        if (user.getVersion() != version) throw new ObjectOptimisticLockingFailureException(StaffUser.class, id);
        return user;
    }
}
