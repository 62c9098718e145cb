package com.cohortdesk.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.doIfOrElse;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.CookieKey;
import static io.gatling.javaapi.http.HttpDsl.getCookieValue;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

/**
 * Virtual staff members on the cluster (issue #16): sign in through the login form, open the learner roster,
 * filter it (the search field's value synchronised as the browser does) and scroll it (the grid's viewport
 * range), open a learner (a click on a row), open an offering's roster, mark one learner's attendance on a past
 * occurrence (a click on the mark's button), open the deadlines page; 3-10 s of thinking between steps, over and
 * over until the time is up. 90 % administrators, 10 % faculty (their own offerings), from the feeders that
 * scripts/load-test.sh writes from the database.
 *
 * <p>Every request is named after the node that served it ({@code [node1] open learner}), from HAProxy's sticky
 * cookie. A user whose session is gone (its node stopped) is sent to the login page by the app: the user signs in
 * again ({@code sign in again}) and carries on; that is not an error, anything else is.
 */
public class StaffSimulation extends Simulation {

    private static final String BASE = System.getProperty("baseUrl", "http://127.0.0.1:18000");
    private static final int USERS = Integer.getInteger("users", 20);
    private static final Duration LENGTH = Duration.ofSeconds(Long.getLong("seconds", 60));
    private static final int THINK_MIN = Integer.getInteger("thinkMin", 3);
    private static final int THINK_MAX = Integer.getInteger("thinkMax", 10);
    private static final String FEEDERS = System.getProperty("feeders", "../target/loadtest");
    private static final String[] PREFIXES = {"an", "ma", "jo", "sa", "el", "da", "li", "mi", "ka", "ch", "ro", "be"};

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE).disableFollowRedirect()
            .acceptHeader("*/*").userAgentHeader("cohort-desk-loadtest (Gatling)").shareConnections();

    private static ChainBuilder think() {
        return exec(session -> session).pause(Duration.ofSeconds(THINK_MIN), Duration.ofSeconds(THINK_MAX));
    }

    private static String named(Session session, String step) {
        return "[" + session.getString("node") + "] " + step;
    }

    private static final ChainBuilder NODE = exec(session -> session.set("node", "?"))
            .exec(getCookieValue(CookieKey("CDNODE").saveAs("node")));

    /** The page load: the app's page, then the bootstrap of a new UI (a browser's reload does the same). */
    private static final ChainBuilder OPEN_APP = exec(http(session -> named(session, "open app")).get("/learners")
                    .check(status().in(200, 302).saveAs("appStatus")))
            .doIf(session -> session.getInt("appStatus") == 200).then(
                    exec(http(session -> named(session, "v-r=init")).get("/?v-r=init&location=learners&query="
                                    + "&v-sh=1080&v-sw=1920&v-wh=960&v-ww=1800&v-bh=960&v-bw=1800&v-tzo=0&v-dstd=0"
                                    + "&v-dston=false&v-tzid=Europe%2FLondon&v-curdate=0&v-td=false&v-pr=1&v-wn=ROOT-1")
                            .check(status().is(200), bodyString().saveAs("resp")))
                            .exec(Uidl::afterInit))
            .doIf(session -> session.getInt("appStatus") != 200).then(exec(session -> session.set("outcome", "lost")));

    /**
     * The login form (a Vaadin page with Spring Security's CSRF token), the sign-in, the UI's bootstrap; up to three
     * tries. Another try is needed only around a node that stops: the form may come from the stopping node and the
     * credentials reach the other one (CSRF token unknown there: refused), or the sign-in lands on the stopping node
     * just before it goes (the app then sends the user to the login page). Each refusal is printed ("SIGN-IN").
     */
    private static ChainBuilder signIn(String step) {
        return exec(session -> session.set("outcome", "lost").set("signInTries", 0))
                .asLongAs(session -> !"ok".equals(session.getString("outcome")) && session.getInt("signInTries") < 3).on(
                        exec(session -> session.set("signInTries", session.getInt("signInTries") + 1))
                                .exec(http(step + ": login page").get("/login")
                                        .check(status().is(200), regex("name=\"_csrf\" content=\"([^\"]+)\"").saveAs("loginCsrf")))
                                .exec(http(step + ": credentials").post("/login").formParam("username", "#{username}")
                                        .formParam("password", "#{password}").formParam("_csrf", "#{loginCsrf}")
                                        .check(status().is(302), header("Location").saveAs("afterLogin")))
                                .exec(NODE)
                                .doIfOrElse(session -> session.getString("afterLogin").contains("error")).then(exec(session -> {
                                    System.err.println("SIGN-IN refused for " + session.getString("username") + " (try "
                                            + session.getInt("signInTries") + ", " + step + ")");
                                    return session;
                                })).orElse(
                                        exec(OPEN_APP)
                                                .doIfOrElse(session -> session.getInt("appStatus") == 200).then(exec(session -> session))
                                                .orElse(exec(session -> {
                                                    System.err.println("SIGN-IN lost at once for " + session.getString("username")
                                                            + " (try " + session.getInt("signInTries") + ", " + step + ")");
                                                    return session;
                                                }))));
    }

    /** One UIDL round trip; its outcome (ok, lost, error) decides what the user does next. */
    private static ChainBuilder uidl(String step, Function<Session, List<ObjectNode>> rpc) {
        return uidl(step, rpc, null);
    }

    /** A round trip that must show the element with this id (the page it opens), unless the session was lost. */
    private static ChainBuilder uidl(String step, Function<Session, List<ObjectNode>> rpc, String expectedId) {
        return doIf(session -> "ok".equals(session.getString("outcome"))).then(
                exec(http(session -> named(session, step)).post(session -> "/?v-r=uidl&v-uiId=" + session.getInt("uiId"))
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .body(StringBody(session -> Uidl.body(session, rpc.apply(session))))
                        .check(status().saveAs("status"), bodyString().saveAs("resp"),
                                bodyString().transformWithSession((body, session) -> Uidl.classify(session.getInt("status"), body))
                                        .saveAs("outcome"),
                                bodyString().transformWithSession((body, session) -> {
                                    var outcome = Uidl.classify(session.getInt("status"), body);
                                    if (!outcome.equals("ok")) {
                                        System.err.println("UIDL " + step + " as " + session.getString("username") + " on "
                                                + session.getString("node") + ": " + outcome + " " + body.substring(0, Math.min(300, body.length())));
                                        if (outcome.startsWith("error")) return outcome;
                                    }
                                    if (expectedId != null && outcome.equals("ok") && !body.contains("\"value\":\"" + expectedId + "\"")) {
                                        return "error:no #" + expectedId;
                                    }
                                    return "fine";
                                }).is("fine")))
                        .exec(Uidl::afterUidl));
    }

    private static ChainBuilder navigate(String step, Function<Session, String> route, String expectedId) {
        return exec(session -> session.set("labels", java.util.Map.of()).set("pressed", List.of()))
                .exec(uidl(step, session -> List.of(Uidl.navigate(route.apply(session), "")), expectedId));
    }

    private static final ChainBuilder JOURNEY = exec(
            navigate("open learner roster", s -> "learners", "learner-grid"),
            think(),
            uidl("filter learner roster", s -> {
                var search = Uidl.node(s, "learner-search");
                var prefix = PREFIXES[ThreadLocalRandom.current().nextInt(PREFIXES.length)];
                return List.of(Uidl.sync(search, "value", prefix), Uidl.event(search, "value-changed", Uidl.JSON.createObjectNode()));
            }),
            think(),
            uidl("scroll learner roster", s -> List.of(Uidl.serverCall(Uidl.node(s, "learner-grid"), "setViewportRange",
                    s.getInt("clientId"), 50, 50))),
            think(),
            // Administrators open a learner by clicking the row; the roster has no such click for faculty.
            doIf(s -> s.getBoolean("admin") && !s.getList("itemKeys").isEmpty()).then(uidl("open learner", s -> {
                List<String> keys = s.getList("itemKeys");
                return List.of(Uidl.itemClick(Uidl.node(s, "learner-grid"), keys.get(ThreadLocalRandom.current().nextInt(keys.size()))));
            }, "learner-detail")),
            think(),
            navigate("open offering roster", s -> "offerings/" + s.getString("offering"), "offering-detail"),
            think(),
            navigate("open occurrence", s -> "sessions/" + s.getString("occurrence"), "session-roster"),
            think(),
            exec(s -> {
                var mark = Uidl.pickMark(s);
                return mark == null ? s.set("markNode", -1)
                        : s.set("markNode", mark.node()).set("markValue", mark.mark()).set("markLearner", mark.learner());
            }),
            doIf(s -> s.getInt("markNode") >= 0).then(
                    uidl("mark attendance", s -> List.of(Uidl.click(s.getInt("markNode"))))
                            .exec(s -> {
                                var outcome = s.getString("outcome");
                                if (!"ok".equals(outcome)) return s;
                                var resp = s.getString("resp");
                                // saved: the button is shown pressed; refused: "Someone else saved first" (a modal dialog,
                                // which the user answers by reloading the page); anything else was not a save.
                                var result = resp.contains("Someone else saved first") ? "conflict"
                                        : resp.contains("\"key\":\"aria-pressed\"") && resp.contains("\"value\":\"true\"") ? "sent" : "unconfirmed";
                                Uidl.recordMark(s, result);
                                if (!result.equals("sent")) {
                                    System.err.println("MARK " + result + " by " + s.getString("username") + " on " + s.getString("node"));
                                }
                                return s.set("reload", result.equals("conflict"));
                            })
                            .doIf(s -> s.getBoolean("reload")).then(exec(OPEN_APP))),
            think(),
            navigate("open deadlines", s -> "deadlines", "deadlines-view"),
            think());

    private static ScenarioBuilder staff(String name, String feeder) {
        return scenario(name).feed(csv(FEEDERS + "/" + feeder).circular())
                .exec(session -> session.set("admin", feeder.startsWith("admin")))
                .exec(signIn("sign in"))
                .during(LENGTH).on(
                        exec(JOURNEY)
                                .doIf(s -> "lost".equals(s.getString("outcome"))).then(exec(signIn("sign in again"))));
    }

    {
        int faculty = Math.max(USERS / 10, USERS >= 2 ? 1 : 0);
        int admins = USERS - faculty;
        var ramp = Duration.ofSeconds(Math.max(1, Math.min(60, LENGTH.toSeconds() / 4)));
        var adminUsers = staff("administrators", "admins.csv").injectOpen(rampUsers(admins).during(ramp));
        var populations = new java.util.ArrayList<>(List.of(adminUsers));
        if (faculty > 0) {
            populations.add(staff("faculty", "faculty.csv").injectOpen(rampUsers(faculty).during(ramp)));
        }
        setUp(populations).protocols(protocol).maxDuration(LENGTH.plus(ramp).plusSeconds(30))
                .assertions(global().failedRequests().count().is(0L));
    }
}
