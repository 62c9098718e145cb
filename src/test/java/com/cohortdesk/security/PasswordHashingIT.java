package com.cohortdesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.cohortdesk.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Argon2id for every new password, passphrases past BCrypt's 72 bytes, and BCrypt hashes upgraded at sign-in. */
@IntegrationTest
class PasswordHashingIT {

    @Autowired
    WebApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StaffService staff;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    LoginAttempts attempts;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    @AfterEach
    void restore() {
        jdbc.update(
                "update staff_user set password_hash = ?, failed_logins = 0, locked_until = null where username = 'chen'",
                encoder.encode("faculty-demo-password"));
        attempts.forgetThrottle();
        // Other test classes count the demo accounts: remove the ones made here.
        for (var username : new String[] {"long-phrase", "byte-seventy-three"}) {
            jdbc.update(
                    "delete from staff_user_role where staff_user_id in (select id from staff_user where username = ?)",
                    username);
            jdbc.update("delete from staff_user where username = ?", username);
        }
    }

    private String signIn(String username, String password, String address) throws Exception {
        return mvc.perform(post("/login")
                        .param("username", username)
                        .param("password", password)
                        .with(csrf())
                        .session(new MockHttpSession())
                        .with(request -> {
                            request.setRemoteAddr(address);
                            return request;
                        }))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
    }

    private <T> T asAdmin(Supplier<T> work) {
        var admin = userDetails.loadUserByUsername("admin");
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private String hashOf(String username) {
        return jdbc.queryForObject("select password_hash from staff_user where username = ?", String.class, username);
    }

    @Test
    void aPassphraseOf128CharactersSignsInAndEveryCharacterCounts() throws Exception {
        var passphrase = "the owl of minerva spreads its wings only with the falling of the dusk, said hegel, "
                + "and the office closes at six o'clock!";
        passphrase = passphrase + "x".repeat(128 - passphrase.length());
        assertThat(passphrase).hasSize(128);
        assertThat(StaffService.passwordProblem(passphrase)).isNull();
        var created = passphrase;
        asAdmin(() -> staff.create(new NewStaffUser(
                "long-phrase", "Long Phrase", "long.phrase@cohortdesk.example", created, EnumSet.of(Role.FACULTY))));
        assertThat(hashOf("long-phrase")).startsWith("{argon2}$argon2id$");
        assertThat(signIn("long-phrase", passphrase, "10.0.20.1")).isEqualTo("/");
        assertThat(signIn("long-phrase", passphrase.substring(0, 127) + "y", "10.0.20.2"))
                .as("last character differs")
                .isEqualTo("/login?error");
    }

    @Test
    void twoPassphrasesThatDifferOnlyAfterByte72AreDifferentPasswords() throws Exception {
        var common = "a long walk along the river to the old mill, then tea with the cohort lead";
        assertThat(common.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(72);
        var mine = common + " (monday)" + "z".repeat(100 - common.length() - 9);
        var other = common + " (friday)" + "z".repeat(100 - common.length() - 9);
        assertThat(mine).hasSize(100).startsWith(other.substring(0, 72));
        assertThat(other).hasSize(100);
        asAdmin(() -> staff.create(new NewStaffUser(
                "byte-seventy-three", "Byte Seventy-Three", "b73@cohortdesk.example", mine, EnumSet.of(Role.FACULTY))));
        assertThat(signIn("byte-seventy-three", other, "10.0.21.1"))
                .as("BCrypt would see the same 72 bytes")
                .isEqualTo("/login?error");
        assertThat(signIn("byte-seventy-three", mine, "10.0.21.2")).isEqualTo("/");
        assertThat(encoder.matches(other, hashOf("byte-seventy-three"))).isFalse();
    }

    @Test
    void aBcryptHashIsReplacedByArgon2idAtTheNextSignIn() throws Exception {
        jdbc.update(
                "update staff_user set password_hash = ? where username = 'chen'",
                "{bcrypt}" + new BCryptPasswordEncoder().encode("faculty-demo-password"));
        long version = jdbc.queryForObject("select version from staff_user where username = 'chen'", Long.class);
        assertThat(signIn("chen", "not-the-password", "10.0.22.1")).isEqualTo("/login?error");
        assertThat(hashOf("chen")).as("a failed sign-in changes nothing").startsWith("{bcrypt}");

        assertThat(signIn("chen", "faculty-demo-password", "10.0.22.2")).isEqualTo("/");
        var upgraded = hashOf("chen");
        assertThat(upgraded).startsWith("{argon2}$argon2id$v=19$m=16384,t=2,p=1$");
        assertThat(encoder.matches("faculty-demo-password", upgraded)).isTrue();
        assertThat(encoder.upgradeEncoding(upgraded)).isFalse();
        assertThat(jdbc.queryForObject("select version from staff_user where username = 'chen'", Long.class))
                .as("no edit conflict with an administrator's open form")
                .isEqualTo(version);
        assertThat(signIn("chen", "faculty-demo-password", "10.0.22.3")).isEqualTo("/");
    }
}
